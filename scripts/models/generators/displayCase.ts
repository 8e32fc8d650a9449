/**
 * A glass vitrine: a white base cabinet on a dark recessed plinth, a glass box framed by aluminium
 * edges, a glass shelf, a lit canopy on top, and two exhibits (a silver device on a riser below, a
 * gold trophy on the shelf). The model has one opaque material, so the glass is drawn as light
 * cyan panes on the back, sides and top and the front pane is left out: from the front, where
 * visitors look, the exhibits show through a frame that still reads as a glazed case.
 */
import { box, cylinder, lathe, roundedBox } from '../shapes';
import type { ModelGenerator, ModelPart } from '../types';
import { boxEdges, part, softBox } from './furnitureParts';

const CABINET = '#f4f5f7';
const GLASS = '#cfe3ea';
const SHELF = '#b7d2dc';
const FRAME = '#a9b1ba';
const DECK = '#2d3440';
const GOLD = '#c9a227';
const DEVICE = '#8f9aa6';

const WIDTH = 1.0;
/** Case depth; the label plate and back locks stand 1 cm proud, making the catalogue 0.6 m. */
const DEPTH = 0.58;
const DECK_Y = 0.9;
const GLASS_TOP = 1.74;
const GLASS_H = GLASS_TOP - DECK_Y;
const SHELF_Y = 1.3;

/** A trophy cup in profile: foot, stem, bowl, lip. */
const TROPHY: [number, number][] = [
  [0, 0],
  [0.06, 0],
  [0.06, 0.02],
  [0.02, 0.04],
  [0.015, 0.12],
  [0.05, 0.16],
  [0.075, 0.24],
  [0.08, 0.27],
  [0.07, 0.27],
];

export const displayCase: ModelGenerator = {
  name: 'display-case',
  title: 'Glass display case (vitrine)',
  // Lacquered cabinet and glass dominate: dielectric, glossy.
  material: { metallic: 0.1, roughness: 0.3 },
  build(lod) {
    const paneT = 0.008;
    const inner = 0.02;
    const parts: ModelPart[] = [
      part(box(WIDTH - 0.06, 0.06, DEPTH - 0.06, { at: [0, 0.03, 0] }), DECK),
      part(roundedBox(lod, WIDTH, DECK_Y - 0.06, DEPTH, 0.02, { at: [0, (DECK_Y + 0.06) / 2, 0] }), CABINET),
      part(softBox(lod, WIDTH, 1.8 - GLASS_TOP, DEPTH, 0.015, { at: [0, (1.8 + GLASS_TOP) / 2, 0] }), CABINET),
      // Back and side panes; the top pane is hidden by the canopy, so there is none.
      part(box(WIDTH - 2 * inner, GLASS_H, paneT, { at: [0, DECK_Y + GLASS_H / 2, -DEPTH / 2 + inner / 2] }), GLASS),
      part(box(paneT, GLASS_H, DEPTH - 2 * inner, { at: [-WIDTH / 2 + inner / 2, DECK_Y + GLASS_H / 2, 0] }), GLASS),
      part(box(paneT, GLASS_H, DEPTH - 2 * inner, { at: [WIDTH / 2 - inner / 2, DECK_Y + GLASS_H / 2, 0] }), GLASS),
      part(box(WIDTH - 2 * inner, 0.012, DEPTH - 2 * inner, { at: [0, SHELF_Y, 0] }), SHELF),
    ];
    if (lod === 2) {
      // Front posts only: the far frame is the two uprights that outline the case.
      for (const x of [-1, 1]) parts.push(part(box(inner, GLASS_H, inner, { at: [x * (WIDTH / 2 - inner / 2), DECK_Y + GLASS_H / 2, DEPTH / 2 - inner / 2] }), FRAME));
      parts.push(part(box(0.12, 0.24, 0.12, { at: [0, SHELF_Y + 0.126, 0] }), GOLD));
      return parts;
    }
    parts.push(part(boxEdges([WIDTH, GLASS_H, DEPTH], inner, { at: [0, DECK_Y + GLASS_H / 2, 0] }), FRAME));
    // Dark deck under the exhibits, a riser and the device on it, the trophy on the shelf.
    parts.push(part(box(WIDTH - 2 * inner, 0.006, DEPTH - 2 * inner, { at: [0, DECK_Y + 0.003, 0] }), DECK));
    parts.push(part(softBox(lod, 0.3, 0.12, 0.24, 0.01, { at: [0, DECK_Y + 0.066, 0] }), DECK));
    parts.push(part(softBox(lod, 0.22, 0.14, 0.14, 0.02, { at: [0, DECK_Y + 0.2, 0], rotateDeg: [0, 20, 0] }), DEVICE));
    parts.push(part(lathe(lod, TROPHY, { at: [0, SHELF_Y + 0.006, 0] }, 'coarse'), GOLD));
    if (lod === 0) {
      // Device details: a lens and a status strip; small exhibits either side of the trophy.
      parts.push(part(cylinder(lod, 0.035, 0.035, 0.02, { at: [0.02, DECK_Y + 0.2, 0.077], rotateDeg: [90, 20, 0] }, 'coarse'), DECK));
      parts.push(part(cylinder(lod, 0.05, 0.06, 0.03, { at: [-0.3, SHELF_Y + 0.021, 0.05] }, 'coarse'), DEVICE));
      parts.push(part(box(0.12, 0.08, 0.012, { at: [0.3, SHELF_Y + 0.046, 0.05], rotateDeg: [-15, -10, 0] }), DECK));
      // A brass label plate on the cabinet front; behind, the seam of the storage doors and their locks.
      parts.push(part(softBox(lod, 0.3, 0.08, 0.008, 0.003, { at: [0, 0.72, DEPTH / 2 + 0.003] }), GOLD));
      parts.push(part(box(0.006, DECK_Y - 0.2, 0.004, { at: [0, (DECK_Y + 0.06) / 2, -DEPTH / 2 - 0.001] }), DECK));
      for (const x of [-0.04, 0.04]) parts.push(part(cylinder(lod, 0.012, 0.012, 0.012, { at: [x, 0.6, -DEPTH / 2 - 0.005], rotateDeg: [90, 0, 0] }, 'coarse'), FRAME));
    }
    return parts;
  },
};
