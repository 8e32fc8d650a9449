/**
 * A communications satellite scale model on a display stand: a box bus wrapped in gold foil with
 * white radiator panels on the sides the wings attach to, two solar array wings of three panels
 * each, a large reflector dish on the front face and a small dish and an omni antenna on top.
 * The wings face +z, towards the visitor, so the cells are what one sees.
 */
import { box, byLod, cylinder, lathe } from '../shapes';
import type { LodLevel, ModelGenerator } from '../types';
import { Parts, solarPanel, strut } from './vehicleParts';

const GOLD = '#d9ab3e';
const GOLD_DARK = '#bf9131';
const WHITE = '#e9ebee';
const SILVER = '#b7bcc3';
const DARK = '#33363b';
const CELL = '#1f3d73';

// The bus sits at eye level on a tall stand; the wings set the width, the stand fills the height
// of the catalogue box.
const BUS_BOTTOM = 1.95;
const BUS_H = 0.8;
const BUS_HALF = 0.36;
const BUS_MID = BUS_BOTTOM + BUS_H / 2;

/** A parabolic dish facing +y: a thin shell with its concave side up. */
function dish(lod: LodLevel, radius: number, depth: number) {
  const steps = byLod(lod, [6, 3, 2]);
  const inner: [number, number][] = [];
  const outer: [number, number][] = [];
  for (let i = 0; i <= steps; i += 1) {
    const r = Math.max(0.001, (i / steps) * radius);
    const y = depth * (r / radius) ** 2;
    outer.push([r, y]);
    inner.push([r * 0.995, y + depth * 0.08]);
  }
  // Outer (back) surface going out, rim, inner (front) surface coming back in.
  return lathe(lod, [...outer, ...inner.reverse()], {}, 'normal');
}

export const satellite: ModelGenerator = {
  name: 'satellite',
  title: 'Communications satellite (scale model)',
  material: { metallic: 0.4, roughness: 0.4 },
  build(lod) {
    const parts = new Parts();
    // Display stand: base plate, post, launch adapter cone under the bus.
    parts.add(DARK, cylinder(lod, 0.5, 0.55, 0.06, { at: [0, 0.03, 0] }, 'normal'));
    parts.add(SILVER, cylinder(lod, 0.05, 0.06, BUS_BOTTOM - 0.2, { at: [0, 0.06 + (BUS_BOTTOM - 0.26) / 2, 0] }, 'coarse'));
    parts.add(SILVER, cylinder(lod, 0.3, 0.12, 0.2, { at: [0, BUS_BOTTOM - 0.1, 0] }, 'normal'));

    // Bus: gold foil on front, back, top; white radiators on the wing sides.
    parts.add(GOLD_DARK, box(2 * BUS_HALF, BUS_H, 2 * BUS_HALF, { at: [0, BUS_MID, 0] }));
    if (lod < 2) {
      for (const side of [1, -1]) {
        parts.add(WHITE, box(0.01, BUS_H * 0.9, 2 * BUS_HALF * 0.9, { at: [side * (BUS_HALF + 0.005), BUS_MID, 0] }));
        // Foil blankets in a lighter tone on front and back, seams showing between them.
        for (const y of [-0.24, 0.24]) parts.add(GOLD, box(2 * BUS_HALF * 0.92, BUS_H * 0.45, 0.01, { at: [0, BUS_MID + y, side * (BUS_HALF + 0.005)] }));
      }
      parts.add(WHITE, box(2 * BUS_HALF * 0.95, 0.01, 2 * BUS_HALF * 0.95, { at: [0, BUS_BOTTOM + BUS_H + 0.005, 0] }));
    }

    // Solar wings along x: a yoke, then three panels; cells on both faces.
    for (const side of [1, -1]) {
      const root = BUS_HALF + 0.12;
      parts.add(SILVER, strut(lod, [side * BUS_HALF, BUS_MID, 0], [side * root, BUS_MID, 0], 0.03));
      if (lod < 2) {
        for (const y of [-0.25, 0.25]) parts.add(SILVER, strut(lod, [side * root, BUS_MID + y, 0], [side * BUS_HALF, BUS_MID, 0], 0.012));
      }
      if (lod === 2) {
        // From afar a wing is one dark slab, cells on both faces.
        parts.add(CELL, box(0.94, 0.72, 0.022, { at: [side * (root + 0.48), BUS_MID, 0] }));
        continue;
      }
      for (let panel = 0; panel < 3; panel += 1) {
        const x = side * (root + 0.16 + panel * 0.32);
        const cells = solarPanel(lod, 0.3, 0.72, 0.022, [2, 5], { frame: SILVER, cell: CELL, line: '#7f96ba' });
        for (const part of cells) part.geometry.rotateX(Math.PI / 2).translate(x, BUS_MID, 0);
        parts.push(...cells);
        parts.add(CELL, box(0.29, 0.7, 0.004, { at: [x, BUS_MID, -0.013] }));
      }
    }

    // Big reflector on the front face on a short boom, facing forward; a feed horn in front.
    const reflector = dish(lod, 0.34, 0.11);
    reflector.rotateX(Math.PI / 2).translate(0, BUS_MID + 0.05, BUS_HALF + 0.12);
    parts.add(WHITE, reflector);
    parts.add(SILVER, box(0.08, 0.08, 0.14, { at: [0, BUS_MID + 0.05, BUS_HALF + 0.06] }));
    if (lod < 2) {
      for (const [dx, dy] of [
        [0.24, -0.16],
        [-0.24, -0.16],
        [0, 0.29],
      ] as const) {
        parts.add(SILVER, strut(lod, [dx, BUS_MID + 0.05 + dy, BUS_HALF + 0.16], [0, BUS_MID + 0.05, BUS_HALF + 0.36], 0.008));
      }
      parts.add(DARK, cylinder(lod, 0.035, 0.05, 0.08, { at: [0, BUS_MID + 0.05, BUS_HALF + 0.38], rotateDeg: [90, 0, 0] }, 'coarse'));
      // A smaller dish on the top deck looking up, and an omni antenna mast beside it.
      const small = dish(lod, 0.16, 0.05);
      small.rotateX(-0.35).translate(-0.12, BUS_BOTTOM + BUS_H + 0.12, -0.08);
      parts.add(WHITE, small);
      parts.add(SILVER, cylinder(lod, 0.02, 0.02, 0.12, { at: [-0.12, BUS_BOTTOM + BUS_H + 0.06, -0.08] }, 'coarse'));
      // Thruster nozzles at the bottom corners, close up only.
      if (lod === 0) for (const sx of [1, -1]) for (const sz of [1, -1]) parts.add(DARK, cylinder(lod, 0.02, 0.04, 0.06, { at: [sx * 0.28, BUS_BOTTOM - 0.03, sz * 0.28] }, 'coarse'));
    }
    // The omni antenna reaches highest, so it stays at every level and the fit does not change.
    parts.add(SILVER, cylinder(lod, 0.015, 0.015, 0.42, { at: [0.2, BUS_BOTTOM + BUS_H + 0.21, 0.16] }, 'coarse'));
    parts.add(WHITE, cylinder(lod, 0.035, 0.035, 0.06, { at: [0.2, BUS_BOTTOM + BUS_H + 0.42, 0.16] }, 'coarse'));
    return parts.list;
  },
};
