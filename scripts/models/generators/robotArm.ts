/**
 * A FANUC-style six-axis industrial robot in its yellow livery: a dark floor plate, the J1 base and
 * turning waist, the shoulder with its J2 motor, a long lower arm up to the J3 elbow, the round
 * forearm reaching forward with the J4 motors behind the elbow, the wrist and a gripper pointing
 * down. Posed as if reaching over a work piece in front of it (+x).
 */
import { box, byLod, cylinder } from '../shapes';
import type { LodLevel, ModelGenerator } from '../types';
import { extrudeProfile, limb, Parts, prism, type Vec3 } from './vehicleParts';

const YELLOW = '#eab817';
const BLACK = '#17181b';
const DARK = '#2d3035';
const SILVER = '#a9afb6';

const J2: [number, number] = [0.08, 0.78];
const J3: [number, number] = [-0.04, 1.78];
const WRIST: [number, number] = [0.56, 1.66];

/**
 * The side outline of a link between two round joints: a circle of radius r0 round p0 and r1 round
 * p1 joined by tangent-ish straight sides, as a polygon in the x-y plane for extrusion.
 */
function linkProfile(p0: [number, number], r0: number, p1: [number, number], r1: number, steps: number): [number, number][] {
  const along = Math.atan2(p1[1] - p0[1], p1[0] - p0[0]);
  const points: [number, number][] = [];
  // Half circle round p1 on the far side, then half circle round p0, counter-clockwise.
  for (let i = 0; i <= steps; i += 1) {
    const a = along - Math.PI / 2 + (i / steps) * Math.PI;
    points.push([p1[0] + Math.cos(a) * r1, p1[1] + Math.sin(a) * r1]);
  }
  for (let i = 0; i <= steps; i += 1) {
    const a = along + Math.PI / 2 + (i / steps) * Math.PI;
    points.push([p0[0] + Math.cos(a) * r0, p0[1] + Math.sin(a) * r0]);
  }
  return points;
}

/** A joint housing or motor: a cylinder whose axis runs along z (the arm's pivot axis). */
function pivot(lod: LodLevel, at: [number, number], z: number, radius: number, length: number, detail: 'fine' | 'normal' | 'coarse' = 'normal') {
  return cylinder(lod, radius, radius, length, { at: [at[0], at[1], z], rotateDeg: [90, 0, 0] }, detail);
}

export const robotArm: ModelGenerator = {
  name: 'robot-arm',
  title: 'Six-axis industrial robot arm (FANUC-style)',
  // Glossy industrial enamel over cast metal.
  material: { metallic: 0.2, roughness: 0.4 },
  build(lod) {
    const parts = new Parts();
    const steps = byLod(lod, [12, 3, 2]);
    // Floor plate and J1 base.
    parts.add(DARK, box(0.8, 0.08, 0.8, { at: [0, 0.04, 0] }));
    parts.add(YELLOW, cylinder(lod, 0.3, 0.34, 0.3, { at: [0, 0.23, 0] }, 'fine'));
    // Waist: turns on J1 and carries the shoulder.
    parts.add(YELLOW, cylinder(lod, 0.27, 0.29, 0.18, { at: [0, 0.47, 0] }, 'fine'));
    parts.add(YELLOW, extrudeProfile(lod, linkProfile([-0.1, 0.5], 0.2, J2, 0.22, steps), 0.36, byLod(lod, [0.02, 0.015, 0])));

    // Lower arm from J2 to J3, offset to the +z side of the waist, as on the real robot.
    const armZ = 0.2;
    parts.add(YELLOW, extrudeProfile(lod, linkProfile(J2, 0.17, J3, 0.13, steps), 0.16, byLod(lod, [0.02, 0.015, 0]), armZ));
    // J2 motor on the outside of the shoulder, J3 housing at the elbow.
    parts.add(BLACK, pivot(lod, J2, armZ + 0.16, 0.13, 0.18, 'fine'));
    parts.add(YELLOW, pivot(lod, J3, 0.1, 0.15, 0.36, 'fine'));

    // Forearm: round, from behind the elbow (where the J4 motors sit) out to the wrist.
    const along = Math.atan2(WRIST[1] - J3[1], WRIST[0] - J3[0]);
    const back: Vec3 = [J3[0] - Math.cos(along) * 0.25, J3[1] - Math.sin(along) * 0.25, 0.05];
    const wristBase: Vec3 = [WRIST[0] - Math.cos(along) * 0.08, WRIST[1] - Math.sin(along) * 0.08, 0.05];
    parts.add(YELLOW, limb(lod, back, [J3[0], J3[1], 0.05], 0.15, 0.15));
    parts.add(YELLOW, limb(lod, [J3[0], J3[1], 0.05], wristBase, 0.12, 0.085));
    // Wrist (J5) and the tool flange (J6) pointing down with a two-finger gripper.
    parts.add(YELLOW, pivot(lod, WRIST, 0.05, 0.085, 0.2));
    parts.add(DARK, box(0.1, 0.14, 0.2, { at: [WRIST[0], WRIST[1] - 0.16, 0.05] }));

    if (lod < 2) {
      // Tool flange and gripper fingers (from afar the gripper is one dark block).
      parts.add(SILVER, cylinder(lod, 0.06, 0.06, 0.1, { at: [WRIST[0], WRIST[1] - 0.12, 0.05] }, 'normal'));
      parts.add(DARK, box(0.1, 0.06, 0.2, { at: [WRIST[0], WRIST[1] - 0.2, 0.05] }));
      for (const side of [1, -1]) parts.add(SILVER, box(0.04, 0.14, 0.03, { at: [WRIST[0], WRIST[1] - 0.3, 0.05 + side * 0.07] }));
      // J1 motor on the base, J3 and J4 motors, the black rear cap of the forearm.
      parts.add(BLACK, cylinder(lod, 0.08, 0.08, 0.2, { at: [-0.28, 0.52, -0.12] }, 'normal'));
      parts.add(BLACK, pivot(lod, J3, -0.14, 0.1, 0.14));
      parts.add(BLACK, limb(lod, [back[0] - Math.cos(along) * 0.12, back[1] - Math.sin(along) * 0.12, 0.05], back, 0.11, 0.12));
      // Floor bolts.
      if (lod === 0) {
        for (const sx of [1, -1]) for (const sz of [1, -1]) parts.add(SILVER, prism(6, 0.025, 0.03, { at: [sx * 0.33, 0.095, sz * 0.33] }));
        // A cable loom running down the back of the lower arm.
        parts.add(BLACK, limb(lod, [J3[0] - 0.12, J3[1] - 0.05, armZ + 0.1], [J2[0] - 0.18, J2[1] + 0.1, armZ + 0.1], 0.025, 0.025, 'coarse'));
      }
    }
    return parts.list;
  },
};
