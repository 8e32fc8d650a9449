/**
 * A DJI Matrice-style quadcopter: a dark grey body, four arms in an X with motors and two-blade
 * propellers, a gimbal camera under the nose, a GPS puck on top and two landing skids. The camera
 * looks forward (+z).
 */
import { box, byLod, cylinder, roundedBox, sphere } from '../shapes';
import type { ModelGenerator } from '../types';
import { Parts, strut, type Vec3 } from './vehicleParts';

const BODY = '#3a4047'; // the catalogue colour
const BLACK = '#17191c';
const GREY = '#8c939b';
const LIGHT = '#c9ced4';

const ARM_REACH = 0.3;
const MOTOR_Y = 0.27;
const PROP_R = 0.19;

export const drone: ModelGenerator = {
  name: 'drone',
  title: 'Quadcopter drone (DJI-style)',
  // Moulded plastic and carbon fibre.
  material: { metallic: 0.1, roughness: 0.5 },
  build(lod) {
    const parts = new Parts();
    // Body: a rounded shell with a lighter top cover.
    parts.add(BODY, roundedBox(lod, 0.26, 0.1, 0.36, 0.035, { at: [0, 0.235, 0] }));
    parts.add(GREY, roundedBox(lod, 0.2, 0.03, 0.26, 0.012, { at: [0, 0.29, -0.01] }));

    for (let arm = 0; arm < 4; arm += 1) {
      const a = ((45 + arm * 90) * Math.PI) / 180;
      const motor: Vec3 = [Math.sin(a) * ARM_REACH, MOTOR_Y, Math.cos(a) * ARM_REACH];
      parts.add(BODY, strut(lod, [Math.sin(a) * 0.1, 0.24, Math.cos(a) * 0.12], [motor[0], MOTOR_Y - 0.03, motor[2]], byLod(lod, [0.016, 0.018, 0.02]), 'coarse'));
      parts.add(BLACK, cylinder(lod, 0.03, 0.032, 0.05, { at: [motor[0], MOTOR_Y - 0.01, motor[2]] }, 'normal'));
      // Propeller: two thin blades; the front pair sit across the arm, the back pair along it,
      // as they would be caught mid-spin. LOD2 shows a flat bar per rotor.
      const turn = arm * 50 + 20;
      if (lod === 2) {
        parts.add(BLACK, box(2 * PROP_R, 0.01, 0.04, { at: [motor[0], MOTOR_Y + 0.025, motor[2]], rotateDeg: [0, turn, 0] }));
        continue;
      }
      parts.add(GREY, cylinder(lod, 0.012, 0.012, 0.02, { at: [motor[0], MOTOR_Y + 0.02, motor[2]] }, 'coarse'));
      for (const blade of [0, 180]) {
        const r = ((turn + blade) * Math.PI) / 180;
        const centre: Vec3 = [motor[0] + Math.cos(r) * PROP_R * 0.5, MOTOR_Y + 0.025, motor[2] - Math.sin(r) * PROP_R * 0.5];
        parts.add(BLACK, sphere(lod, 1, { at: centre, rotateDeg: [blade === 0 ? 8 : -8, turn + blade, 0], scale: [PROP_R * 0.5, 0.005, 0.02] }, 'coarse'));
      }
      if (lod === 0) {
        // Navigation lights under the motors: red at the front, green at the back.
        parts.add(motor[2] > 0 ? '#e0352b' : '#2fbf5b', sphere(lod, 0.012, { at: [motor[0], MOTOR_Y - 0.04, motor[2]] }, 'coarse'));
      }
    }

    // Landing gear: two splayed legs per side down to a skid along z.
    for (const side of [1, -1]) {
      const skidX = side * 0.17;
      parts.add(LIGHT, cylinder(lod, 0.01, 0.01, 0.34, { at: [skidX, 0.012, 0], rotateDeg: [90, 0, 0] }, 'coarse'));
      for (const end of [1, -1]) parts.add(LIGHT, strut(lod, [side * 0.08, 0.19, end * 0.07], [skidX, 0.012, end * 0.12], 0.009));
    }

    // Gimbal camera under the nose: yoke, camera body, lens.
    parts.add(BLACK, box(0.03, 0.04, 0.03, { at: [0, 0.17, 0.12] }));
    parts.add(LIGHT, roundedBox(lod, 0.09, 0.075, 0.08, 0.015, { at: [0, 0.12, 0.13] }));
    if (lod < 2) {
      parts.add(BLACK, cylinder(lod, 0.024, 0.026, 0.02, { at: [0, 0.12, 0.175], rotateDeg: [90, 0, 0] }, 'normal'));
      parts.add('#2a4660', cylinder(lod, 0.016, 0.016, 0.004, { at: [0, 0.12, 0.186], rotateDeg: [90, 0, 0] }, 'normal'));
      // GPS puck on a short stem, and the forward obstacle sensors.
      parts.add(GREY, cylinder(lod, 0.006, 0.006, 0.04, { at: [0, 0.32, -0.05] }, 'coarse'));
      parts.add(LIGHT, cylinder(lod, 0.035, 0.035, 0.015, { at: [0, 0.345, -0.05] }, 'normal'));
      for (const side of [1, -1]) parts.add(BLACK, box(0.025, 0.018, 0.01, { at: [side * 0.05, 0.24, 0.181] }));
    }
    return parts.list;
  },
};
