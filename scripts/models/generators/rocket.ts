/**
 * A Long March 3B-style launcher as a scale model on a launch pedestal (the rocket that sent the
 * Chang'e landers to the Moon): a white core of three stages, four strap-on boosters with pointed
 * noses and fins, the wider payload fairing with an ogive nose, engine bells under every stage
 * that fires at lift-off, and the national flag on the core. Proportions follow the real 56 m
 * rocket (core 3.35 m, boosters 2.25 m across).
 */
import { box, byLod, cylinder, lathe } from '../shapes';
import type { ModelGenerator } from '../types';
import { extrudeProfile, Parts } from './vehicleParts';

const WHITE = '#f3f4f5';
const DARK = '#2b2e33';
const NOZZLE = '#55595f';
const CONCRETE = '#6b7079';
const STEEL = '#9aa1aa';
const RED = '#d52b1e';

const BASE = 0.45; // the pedestal top: the rocket's engines stand here
const CORE_R = 0.25;
const BOOSTER_R = 0.17;
const BOOSTER_AT = CORE_R + BOOSTER_R - 0.005;

export const rocket: ModelGenerator = {
  name: 'rocket',
  title: 'Long March launch vehicle (scale model)',
  material: { metallic: 0.15, roughness: 0.45 },
  build(lod) {
    const parts = new Parts();
    // Launch pedestal: a concrete plinth and a steel launch table with a dark flame opening.
    parts.add(CONCRETE, box(1.2, 0.3, 1.2, { at: [0, 0.15, 0] }));
    parts.add(STEEL, box(1.05, 0.15, 1.05, { at: [0, 0.375, 0] }));
    if (lod < 2) {
      parts.add(DARK, box(0.5, 0.02, 0.5, { at: [0, 0.455, 0] }));
      // Hold-down posts at the corners of the table, close up only.
      if (lod === 0) for (const sx of [1, -1]) for (const sz of [1, -1]) parts.add(STEEL, box(0.08, 0.2, 0.08, { at: [sx * 0.44, 0.55, sz * 0.44] }));
    }

    // Fairing: a boat-tail flaring to 4 m scale diameter, a cylinder, an ogive nose to the tip.
    const nose: [number, number][] = [];
    const noseSteps = byLod(lod, [8, 4, 2]);
    for (let i = 0; i <= noseSteps; i += 1) {
      const t = i / noseSteps;
      nose.push([Math.max(0.001, 0.29 * Math.sqrt(1 - t * t)), 8.25 + 0.75 * t]);
    }
    const fairing: [number, number][] = [[0.225, 7.3], [0.29, 7.45], [0.29, 8.25], ...nose.slice(1)];
    const boosterNose: [number, number][] = [
      [BOOSTER_R, 2.8],
      [BOOSTER_R * 0.8, 3.05],
      [BOOSTER_R * 0.35, 3.28],
      [0.001, 3.35],
    ];
    const boosterAt = (k: number) => {
      const a = (k * Math.PI) / 2 + Math.PI / 4;
      return { a, x: Math.sin(a) * BOOSTER_AT, z: Math.cos(a) * BOOSTER_AT };
    };
    if (lod === 2) {
      // From across the hall: the core and each booster as one white lathe, no bells or fins.
      parts.add(WHITE, lathe(lod, [[0.001, BASE], [CORE_R, BASE], [CORE_R, 5.9], ...fairing], {}, 'fine'));
      for (let k = 0; k < 4; k += 1) {
        const { x, z } = boosterAt(k);
        parts.add(WHITE, lathe(lod, [[0.001, BASE], [BOOSTER_R, BASE], ...boosterNose], { at: [x, 0, z] }, 'coarse'));
      }
      return parts.list;
    }

    const bell = (x: number, z: number, r: number) => {
      parts.add(NOZZLE, lathe(lod, [
        [r, BASE],
        [r * 0.75, BASE + 0.1],
        [r * 0.45, BASE + 0.2],
      ], { at: [x, 0, z] }, 'coarse'));
    };

    // Core: stage 1, dark interstage, stage 2, a short taper, stage 3, then the fairing.
    const round = 'fine' as const;
    parts.add(WHITE, cylinder(lod, CORE_R, CORE_R, 3.25, { at: [0, 0.65 + 1.625, 0] }, round));
    parts.add(DARK, cylinder(lod, CORE_R, CORE_R, 0.2, { at: [0, 4.0, 0] }, round));
    parts.add(WHITE, cylinder(lod, CORE_R, CORE_R, 1.8, { at: [0, 5.0, 0] }, round));
    parts.add(DARK, cylinder(lod, 0.225, CORE_R, 0.15, { at: [0, 5.975, 0] }, round));
    parts.add(WHITE, cylinder(lod, 0.225, 0.225, 1.25, { at: [0, 6.675, 0] }, round));
    parts.add(WHITE, lathe(lod, [[0.001, 7.3], ...fairing], {}, round));
    bell(0, 0, 0.16);

    // Boosters on the diagonals: a cylinder, a pointed nose cone, an engine bell, a fin.
    for (let k = 0; k < 4; k += 1) {
      const { a, x, z } = boosterAt(k);
      parts.add(WHITE, cylinder(lod, BOOSTER_R, BOOSTER_R, 2.15, { at: [x, 0.65 + 1.075, z] }, 'normal'));
      parts.add(WHITE, lathe(lod, boosterNose, { at: [x, 0, z] }, 'normal'));
      bell(x, z, 0.11);
      // A dark band at the booster's base and a fin on its outer side.
      if (lod === 0) parts.add(DARK, cylinder(lod, BOOSTER_R + 0.003, BOOSTER_R + 0.003, 0.12, { at: [x, 0.72, z] }, 'normal'));
      const fin = extrudeProfile(lod, [
        [0, 0.65],
        [0.16, 0.65],
        [0.16, 0.8],
        [0, 1.15],
      ], 0.025);
      fin.rotateY(a - Math.PI / 2).translate(x + Math.sin(a) * (BOOSTER_R - 0.01), 0, z + Math.cos(a) * (BOOSTER_R - 0.01));
      parts.add(WHITE, fin);
    }

    if (lod < 2) {
      // The core's dark bands and, facing the visitor, the national flag.
      parts.add(DARK, cylinder(lod, CORE_R + 0.003, CORE_R + 0.003, 0.06, { at: [0, 3.75, 0] }, round));
      parts.add(DARK, cylinder(lod, 0.228, 0.228, 0.05, { at: [0, 7.2, 0] }, round));
      parts.add(RED, box(0.18, 0.12, 0.02, { at: [0, 5.45, CORE_R] }));
      if (lod === 0) parts.add('#ffde00', box(0.035, 0.035, 0.01, { at: [-0.05, 5.48, CORE_R + 0.012] }));
      parts.add(RED, box(0.14, 0.09, 0.02, { at: [0, 7.85, 0.29] }));
    }
    return parts.list;
  },
};
