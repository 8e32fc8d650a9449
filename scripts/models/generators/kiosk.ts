/**
 * A touch-screen information kiosk: a slim graphite column on a round-cornered base plate, a blue
 * light strip up its front, and a head tilted back 35° carrying a bright touch screen. The bright
 * tiles of the screen UI and the tilted head are what make it a kiosk rather than a post, so the
 * screen keeps a lit face at every level.
 */
import type { BufferGeometry } from 'three';
import { box, cylinder, roundedBox } from '../shapes';
import type { ModelGenerator, ModelPart } from '../types';
import { part, softBox } from './furnitureParts';

const BODY = '#374151';
const BASE = '#9ca3af';
const ACCENT = '#2f80ed';
const GLASS = '#0f172a';
const TILE = '#38bdf8';
const TILE_2 = '#e2e8f0';
const SLOT = '#111418';

const HEAD_W = 0.6;
const HEAD_H = 0.42;
const HEAD_D = 0.07;
/** The head's centre and tilt (top leaning back, so the screen faces up and forward). */
const HEAD_AT: [number, number, number] = [0, 1.41, 0.04];
const HEAD_TILT_DEG = -35;

/** A part given in the head's own frame (x right, y up the screen, z out of it), posed with the head. */
function onHead(geometry: BufferGeometry): BufferGeometry {
  return geometry.rotateX((HEAD_TILT_DEG * Math.PI) / 180).translate(...HEAD_AT);
}

export const kiosk: ModelGenerator = {
  name: 'kiosk',
  title: 'Touch-screen information kiosk',
  // Powder-coated steel and glass: a little metal, satin.
  material: { metallic: 0.25, roughness: 0.45 },
  build(lod) {
    const face = HEAD_D / 2;
    const parts: ModelPart[] = [
      part(softBox(lod, 0.5, 0.03, 0.46, 0.012, { at: [0, 0.015, 0] }), BASE),
      part(roundedBox(lod, 0.32, 1.25, 0.2, 0.05, { at: [0, 0.03 + 0.625, -0.03] }), BODY),
      part(onHead(roundedBox(lod, HEAD_W, HEAD_H, HEAD_D, 0.02)), BODY),
      part(onHead(box(HEAD_W - 0.05, HEAD_H - 0.05, 0.004, { at: [0, 0, face + 0.001] })), GLASS),
      // The screen's UI: a header bar and a block of tiles (lit, so the screen reads as on).
      part(onHead(box(HEAD_W - 0.09, 0.05, 0.003, { at: [0, 0.14, face + 0.004] })), TILE),
    ];
    if (lod === 2) {
      parts.push(part(onHead(box(HEAD_W - 0.09, 0.22, 0.003, { at: [0, -0.04, face + 0.004] })), TILE_2));
      return parts;
    }
    // Six tiles in a 3 × 2 grid, alternating blue and white.
    for (let row = 0; row < 2; row += 1) {
      for (let column = 0; column < 3; column += 1) {
        parts.push(part(onHead(box(0.15, 0.1, 0.003, { at: [(column - 1) * 0.17, 0.05 - row * 0.12, face + 0.004] })), (row + column) % 2 === 0 ? TILE_2 : TILE));
      }
    }
    // The light strip up the column's front.
    parts.push(part(box(0.03, 0.9, 0.006, { at: [0, 0.6, 0.072] }), ACCENT));
    if (lod === 0) {
      // Card reader / receipt slot and a round speaker on the column; the head's rear cover and
      // a camera dot above the screen.
      parts.push(part(softBox(lod, 0.16, 0.06, 0.02, 0.008, { at: [0, 1.08, 0.075] }), SLOT));
      parts.push(part(box(0.1, 0.006, 0.004, { at: [0, 1.08, 0.086] }), ACCENT));
      parts.push(part(cylinder(lod, 0.035, 0.035, 0.008, { at: [0, 0.25, 0.071], rotateDeg: [90, 0, 0] }, 'coarse'), SLOT));
      parts.push(part(onHead(softBox(lod, 0.4, 0.28, 0.04, 0.015, { at: [0, -0.02, -face - 0.015] })), BODY));
      parts.push(part(onHead(cylinder(lod, 0.008, 0.008, 0.004, { at: [0, HEAD_H / 2 - 0.0125, face + 0.001], rotateDeg: [90, 0, 0] }, 'coarse')), SLOT));
    }
    return parts;
  },
};
