/**
 * A roll-up banner stand: a silver base cassette on two swivel feet, a telescopic pole behind, a
 * clip rail on top and a tall printed banner. The print is a red header band with a round logo, a
 * headline, a picture block and a red footer band, laid on the panel as thin plates; the bands
 * alone are what a visitor sees from across the hall, so they are the last print kept.
 */
import { box, cylinder, roundedBox } from '../shapes';
import type { ModelGenerator, ModelPart } from '../types';
import { part, softBox } from './furnitureParts';

const SILVER = '#c4c9cf';
const CAP = '#3a3f45';
const PAPER = '#fbfbf8';
const RED = '#c0392b';
const NAVY = '#1f2d4d';
const PHOTO = '#9fb7cc';
const INK = '#4b5563';

const WIDTH = 0.8;
const BOTTOM = 0.115;
const TOP = 1.985;
/** The printed side of the banner, where the graphics plates sit. */
const FACE = 0.003;
/** Full-width print plates stop 2 mm short of the panel's edges so their sides never coincide. */
const PRINT_W = WIDTH - 0.004;

/** A printed plate on the banner face, `y` its centre. */
function print(width: number, height: number, x: number, y: number) {
  return box(width, height, 0.002, { at: [x, y, FACE + 0.001] });
}

export const banner: ModelGenerator = {
  name: 'banner',
  title: 'Roll-up banner stand',
  // Printed film over aluminium: the film dominates, so mostly dielectric and satin.
  material: { metallic: 0.15, roughness: 0.5 },
  build(lod) {
    const parts: ModelPart[] = [
      part(roundedBox(lod, 0.81, 0.1, 0.12, 0.03, { at: [0, 0.065, 0] }), SILVER),
      part(box(WIDTH, TOP - BOTTOM, 0.006, { at: [0, (TOP + BOTTOM) / 2, 0] }), PAPER),
      part(softBox(lod, 0.82, 0.03, 0.025, 0.008, { at: [0, TOP, 0] }), SILVER),
      // Header and footer bands of the print.
      part(print(PRINT_W, 0.42, 0, TOP - 0.225), RED),
      part(print(PRINT_W, 0.22, 0, BOTTOM + 0.11), RED),
    ];
    // Two swivel feet under the cassette, turned out front and back so the stand does not tip.
    for (const x of [-0.3, 0.3]) parts.push(part(softBox(lod, 0.05, 0.015, 0.4, 0.006, { at: [x, 0.0075, 0] }), CAP));
    if (lod < 2) {
      // End caps of the cassette, the pole behind the banner, a navy rule and the picture block.
      for (const x of [-0.415, 0.415]) parts.push(part(softBox(lod, 0.02, 0.11, 0.13, 0.008, { at: [x, 0.065, 0] }), CAP));
      parts.push(part(cylinder(lod, 0.009, 0.011, TOP - BOTTOM, { at: [0, (TOP + BOTTOM) / 2, -0.03] }, 'coarse'), SILVER));
      parts.push(part(print(PRINT_W, 0.04, 0, TOP - 0.465), NAVY));
      parts.push(part(print(0.66, 0.5, 0, 0.78), PHOTO));
    }
    if (lod === 0) {
      // Logo disc on the header, headline and text lines, a navy stripe in the footer.
      parts.push(part(cylinder(lod, 0.07, 0.07, 0.003, { at: [-0.24, TOP - 0.2, FACE + 0.0025], rotateDeg: [90, 0, 0] }), PAPER));
      parts.push(part(cylinder(lod, 0.035, 0.035, 0.003, { at: [-0.24, TOP - 0.2, FACE + 0.004], rotateDeg: [90, 0, 0] }), RED));
      parts.push(part(box(0.36, 0.05, 0.002, { at: [0.1, TOP - 0.17, FACE + 0.0025] }), PAPER));
      parts.push(part(box(0.28, 0.025, 0.002, { at: [0.06, TOP - 0.25, FACE + 0.0025] }), PAPER));
      parts.push(part(print(0.62, 0.07, 0, 1.38), NAVY));
      for (const [index, width] of [0.62, 0.55, 0.6, 0.4].entries()) parts.push(part(print(width, 0.022, (width - 0.62) / 2, 1.28 - index * 0.05), INK));
      // Small "picture" detail: a horizon and a sun on the photo block.
      parts.push(part(box(0.66, 0.16, 0.002, { at: [0, 0.61, FACE + 0.0025] }), NAVY));
      parts.push(part(cylinder(lod, 0.05, 0.05, 0.002, { at: [0.18, 0.9, FACE + 0.0025], rotateDeg: [90, 0, 0] }, 'coarse'), PAPER));
      parts.push(part(box(0.5, 0.03, 0.002, { at: [0, BOTTOM + 0.11, FACE + 0.0025] }), NAVY));
      // Screw heads holding the rail to the pole clip.
      parts.push(part(cylinder(lod, 0.006, 0.006, 0.01, { at: [0, TOP, -0.015], rotateDeg: [90, 0, 0] }, 'coarse'), CAP));
    }
    return parts;
  },
};
