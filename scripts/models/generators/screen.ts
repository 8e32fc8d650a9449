/**
 * A large display on a floor stand: a 16:9 panel with a thin black bezel and a dark blue-grey
 * glass face, carried by two aluminium uprights on flat feet with a cross bar and a mount plate
 * behind. The glass is a colour, not a transparency (one opaque material per model), so it is a
 * shade lighter and bluer than the bezel to read as glass against it.
 */
import { box, cylinder, roundedBox } from '../shapes';
import type { ModelGenerator, ModelPart } from '../types';
import { part, softBox } from './furnitureParts';

const BEZEL = '#0d0f12';
const GLASS = '#1b2b3d';
const SHEEN = '#2b4560';
const STAND = '#b6bcc4';
const FOOT = '#5b6168';
const LED = '#3ddc84';

/** Panel size (a 98-inch class screen) and where it hangs. */
const PANEL_W = 2.4;
const PANEL_H = 1.38;
const PANEL_D = 0.07;
const PANEL_Y = 2.4 - PANEL_H / 2;
const UPRIGHT_X = 0.62;

export const screen: ModelGenerator = {
  name: 'screen',
  title: 'Large display screen on a stand',
  // Anodised aluminium and black plastic: a little metal, fairly smooth.
  material: { metallic: 0.3, roughness: 0.4 },
  build(lod) {
    const parts: ModelPart[] = [
      part(roundedBox(lod, PANEL_W, PANEL_H, PANEL_D, 0.015, { at: [0, PANEL_Y, 0.02] }), BEZEL),
      // The glass stands 2 mm proud of the bezel so it is never coplanar with it.
      part(box(PANEL_W - 0.06, PANEL_H - 0.06, 0.004, { at: [0, PANEL_Y, 0.02 + PANEL_D / 2 + 0.002] }), GLASS),
    ];
    for (const x of [-UPRIGHT_X, UPRIGHT_X]) {
      parts.push(part(softBox(lod, 0.08, PANEL_Y, 0.05, 0.012, { at: [x, PANEL_Y / 2 + 0.03, -0.04] }), STAND));
      parts.push(part(softBox(lod, 0.1, 0.04, 0.3, 0.012, { at: [x, 0.02, 0] }), FOOT));
    }
    if (lod < 2) {
      // Cross bar between the uprights at knee height, and the mount plate behind the panel.
      parts.push(part(cylinder(lod, 0.02, 0.02, 2 * UPRIGHT_X, { at: [0, 0.35, -0.04], rotateDeg: [0, 0, 90] }, 'coarse'), STAND));
      parts.push(part(softBox(lod, 1.5, 0.5, 0.03, 0.01, { at: [0, PANEL_Y, -0.035] }), FOOT));
    }
    if (lod === 0) {
      // A faint diagonal reflection on the glass and a power LED in the bottom bezel.
      parts.push(part(box(0.18, PANEL_H - 0.1, 0.002, { at: [0.55, PANEL_Y, 0.02 + PANEL_D / 2 + 0.009], rotateDeg: [0, 0, -28] }), SHEEN));
      parts.push(part(box(0.1, PANEL_H - 0.28, 0.002, { at: [0.78, PANEL_Y, 0.02 + PANEL_D / 2 + 0.009], rotateDeg: [0, 0, -28] }), SHEEN));
      parts.push(part(box(0.012, 0.008, 0.004, { at: [0, PANEL_Y - PANEL_H / 2 + 0.015, 0.02 + PANEL_D / 2 + 0.002] }), LED));
      // Bolt heads of the mount plate, seen from behind.
      for (const bx of [-0.6, 0.6]) for (const by of [-0.17, 0.17]) parts.push(part(cylinder(lod, 0.012, 0.012, 0.01, { at: [bx, PANEL_Y + by, -0.055], rotateDeg: [90, 0, 0] }, 'coarse'), STAND));
    }
    return parts;
  },
};
