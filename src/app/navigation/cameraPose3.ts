/** Copies navigation's camera poses onto a three.js camera and back. Allocates nothing. */
import { Vector3, type Camera } from 'three';
import type { CameraPose } from '../../navigation/cameraPose';

const _direction = new Vector3();

export function applyCameraPose(camera: Camera, pose: CameraPose): void {
  camera.position.set(pose.xM, pose.yM, pose.zM);
  // Heading first, then pitch: a level horizon at any heading.
  camera.rotation.set(pose.pitchRad, pose.yawRad, 0, 'YXZ');
  camera.updateMatrixWorld();
}

export function readCameraPose(camera: Camera, out: CameraPose): CameraPose {
  camera.updateMatrixWorld();
  camera.getWorldDirection(_direction);
  out.xM = camera.position.x;
  out.yM = camera.position.y;
  out.zM = camera.position.z;
  out.yawRad = Math.atan2(-_direction.x, -_direction.z);
  out.pitchRad = Math.asin(Math.max(-1, Math.min(1, _direction.y)));
  return out;
}
