import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { applyCameraPose, readCameraPose } from '../../src/app/navigation/cameraPose3';
import type { CameraPose } from '../../src/navigation/cameraPose';

describe('navigation poses on a three.js camera', () => {
  it('looks north at heading 0, west at +π/2 (counter-clockwise), up with positive pitch, horizon level', () => {
    const camera = new PerspectiveCamera();
    const direction = new Vector3();
    applyCameraPose(camera, { xM: 1, yM: 1.6, zM: 2, yawRad: 0, pitchRad: 0 });
    camera.getWorldDirection(direction);
    expect(direction.x).toBeCloseTo(0, 9);
    expect(direction.y).toBeCloseTo(0, 9);
    expect(direction.z).toBeCloseTo(-1, 9);
    applyCameraPose(camera, { xM: 1, yM: 1.6, zM: 2, yawRad: Math.PI / 2, pitchRad: 0.3 });
    camera.getWorldDirection(direction);
    expect(direction.x).toBeLessThan(-0.9);
    expect(direction.y).toBeCloseTo(Math.sin(0.3), 9);
    // No roll: the camera's right vector stays horizontal.
    const right = new Vector3(1, 0, 0).applyQuaternion(camera.quaternion);
    expect(right.y).toBeCloseTo(0, 9);
    expect(camera.position.toArray()).toEqual([1, 1.6, 2]);
  });

  it('reads back the pose it applied', () => {
    const camera = new PerspectiveCamera();
    const pose: CameraPose = { xM: -3, yM: 12, zM: 40, yawRad: -2.5, pitchRad: -0.7 };
    applyCameraPose(camera, pose);
    const read = readCameraPose(camera, { xM: 0, yM: 0, zM: 0, yawRad: 0, pitchRad: 0 });
    expect(read.xM).toBeCloseTo(pose.xM, 9);
    expect(read.yM).toBeCloseTo(pose.yM, 9);
    expect(read.zM).toBeCloseTo(pose.zM, 9);
    expect(read.yawRad).toBeCloseTo(pose.yawRad, 9);
    expect(read.pitchRad).toBeCloseTo(pose.pitchRad, 9);
  });
});
