import { describe, expect, it } from 'vitest';
import { createCameraPath, EYE_HEIGHT_M, MIN_PITCH_DOWN_DEG, nudgePose, type CameraPose } from '../../bench/cameraPath';
import { GROUND_MARGIN_M } from '../../src/scene';
import { siteBounds } from '../../src/render/siteBounds';
import { aabbOf, layoutScene, pointInAabb, sceneSchema, type LaidOutScene } from '../../src/scene';
import { buildStressScene } from '../../scripts/stress/buildStressScene';

function stressLayout(exhibits: number): LaidOutScene {
  return layoutScene(sceneSchema.parse(buildStressScene({ exhibits, models: 100, seed: 1 })));
}

const pitchDownDeg = ({ positionM: [px, py, pz], targetM: [tx, ty, tz] }: CameraPose): number =>
  (Math.atan2(py - ty, Math.hypot(tx - px, tz - pz)) * 180) / Math.PI;

describe('the renderer bench camera path', () => {
  const layouts = [1_000, 10_000, 30_000].map((exhibits) => ({ exhibits, layout: stressLayout(exhibits) }));

  it.each(layouts)('has 18–30 uniquely named poses for $exhibits exhibits', ({ layout }) => {
    const path = createCameraPath(layout);
    expect(path.length).toBeGreaterThanOrEqual(18);
    expect(path.length).toBeLessThanOrEqual(30);
    expect(new Set(path.map((pose) => pose.name)).size).toBe(path.length);
    expect(new Set(path.map((pose) => pose.kind))).toEqual(new Set(['entrance', 'aisle', 'overview', 'row']));
  });

  it('is the same path every time for the same scene', () => {
    const again = stressLayout(10_000);
    expect(createCameraPath(again)).toEqual(createCameraPath(layouts[1]?.layout as LaidOutScene));
  });

  it.each(layouts)('keeps every pose over the site ground for $exhibits exhibits', ({ layout }) => {
    const site = siteBounds(layout.scene);
    for (const pose of createCameraPath(layout)) {
      const [x, y, z] = pose.positionM;
      expect(x, pose.name).toBeGreaterThanOrEqual(site.minX - GROUND_MARGIN_M);
      expect(x, pose.name).toBeLessThanOrEqual(site.maxX + GROUND_MARGIN_M);
      expect(z, pose.name).toBeGreaterThanOrEqual(site.minZ - GROUND_MARGIN_M);
      expect(z, pose.name).toBeLessThanOrEqual(site.maxZ + GROUND_MARGIN_M);
      expect(y, pose.name).toBeGreaterThan(0);
    }
  });

  it.each(layouts)('stands eye-level poses at 1.6 m inside a hall and outside every booth for $exhibits exhibits', ({ layout }) => {
    const eyeLevel = createCameraPath(layout).filter((pose) => pose.kind !== 'overview' && pose.name !== 'row of halls, from above');
    expect(eyeLevel.length).toBeGreaterThan(10);
    const { halls } = layout.scene;
    for (const pose of eyeLevel) {
      const [x, y, z] = pose.positionM;
      expect(y, pose.name).toBe(EYE_HEIGHT_M);
      const hallIndex = halls.findIndex((hall) => x > hall.positionM[0] && x < hall.positionM[0] + hall.sizeM.width && z > hall.positionM[1] && z < hall.positionM[1] + hall.sizeM.depth);
      expect(hallIndex, pose.name).toBeGreaterThanOrEqual(0);
      const hall = halls[hallIndex];
      if (!hall) continue;
      for (const booth of layout.booths) {
        if (booth.hallIndex !== hallIndex) continue;
        expect(pointInAabb(x - hall.positionM[0], z - hall.positionM[1], aabbOf(booth.rect), 0), `${pose.name} in ${booth.id}`).toBe(false);
      }
    }
  });

  it('looks down at least as far as the app’s orbit controls allow', () => {
    for (const { layout } of layouts) {
      for (const pose of createCameraPath(layout)) expect(pitchDownDeg(pose), pose.name).toBeGreaterThanOrEqual(MIN_PITCH_DOWN_DEG - 1e-3);
    }
  });

  it('nudges a pose by a few millimetres per frame without turning it', () => {
    const pose = createCameraPath(layouts[0]?.layout as LaidOutScene)[0] as CameraPose;
    expect(nudgePose(pose, 0)).toEqual({ positionM: pose.positionM, targetM: pose.targetM });
    const moved = nudgePose(pose, 3);
    expect(moved.positionM[0] - pose.positionM[0]).toBeCloseTo(0.006, 9);
    expect(moved.targetM[0] - moved.positionM[0]).toBeCloseTo(pose.targetM[0] - pose.positionM[0], 9);
    expect(moved.positionM.slice(1)).toEqual(pose.positionM.slice(1));
  });
});
