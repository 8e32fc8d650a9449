/**
 * A technology-experience VR station: a round dark platform with a glowing purple edge and a step
 * at the entry, a chrome safety railing round it, open at the front, a headset resting on a slim
 * stand beside the entry, and behind the platform a screen on two posts showing what the player
 * sees. Platform, rail ring and screen make the silhouette; the headset and cables are close-up
 * detail.
 */
import { type BufferGeometry, RingGeometry } from 'three';
import { box, cylinder, torus } from '../shapes';
import type { ModelGenerator, ModelPart } from '../types';
import { onCircle, part, ringArc, rod, softBox, type Vec3 } from './furnitureParts';

const DECK = '#2d2f3a';
const MAT = '#3b3f4c';
const GLOW = '#8b5cf6';
const CHROME = '#c8cdd3';
const SHELL = '#f3f4f6';
const VISOR = '#111318';
const SKY = '#1e3a8a';
const CYAN = '#22d3ee';

const CENTRE: Vec3 = [0, 0, 0.04];
const RADIUS = 0.85;
const DECK_H = 0.12;
const RAIL_R = 0.78;
const RAIL_Y = 1.0;
/** The entry gap is centred on the front (+z, 90° in plan); posts stand outside it. */
const GAP_DEG = 70;
const POSTS_DEG = [90 + GAP_DEG / 2, 180, 230, 270, 310, 360, 90 + 360 - GAP_DEG / 2];
const SCREEN_Z = -0.93;
const SCREEN_W = 1.3;
const SCREEN_H = 0.74;
const SCREEN_Y = 2.4 - SCREEN_H / 2 - 0.01;
const STAND: Vec3 = [0.78, 0, 0.84];

/** Moves a geometry built around the platform's axis onto the platform's centre. */
function onPlatform(geometry: BufferGeometry): BufferGeometry {
  return geometry.translate(...CENTRE);
}

export const vrStation: ModelGenerator = {
  name: 'vr-station',
  title: 'VR experience station',
  // Rubber deck, chrome rails, plastic headset: a little metal, satin.
  material: { metallic: 0.3, roughness: 0.45 },
  build(lod) {
    const parts: ModelPart[] = [
      part(onPlatform(cylinder(lod, RADIUS, RADIUS + 0.02, DECK_H, { at: [0, DECK_H / 2, 0] }, 'fine')), DECK),
      part(onPlatform(cylinder(lod, RADIUS - 0.06, RADIUS - 0.06, 0.004, { at: [0, DECK_H + 0.002, 0] }, 'fine')), MAT),
      part(onPlatform(ringArc(lod, RAIL_R, 0.022, 90 + GAP_DEG / 2, 360 - GAP_DEG, RAIL_Y, 'fine')), CHROME),
      // Screen on its posts.
      part(softBox(lod, SCREEN_W + 0.04, SCREEN_H + 0.04, 0.05, 0.01, { at: [0, SCREEN_Y, SCREEN_Z] }), VISOR),
      part(box(SCREEN_W, SCREEN_H, 0.004, { at: [0, SCREEN_Y, SCREEN_Z + 0.027] }), SKY),
      part(box(SCREEN_W, SCREEN_H * 0.35, 0.004, { at: [0, SCREEN_Y - SCREEN_H * 0.325, SCREEN_Z + 0.029] }), GLOW),
    ];
    for (const x of [-0.5, 0.5]) parts.push(part(lod === 2 ? box(0.05, SCREEN_Y, 0.05, { at: [x, SCREEN_Y / 2, SCREEN_Z - 0.04] }) : cylinder(lod, 0.025, 0.025, SCREEN_Y, { at: [x, SCREEN_Y / 2, SCREEN_Z - 0.04] }, 'coarse'), CHROME));
    // Railing posts.
    for (const angle of POSTS_DEG) {
      const top = onCircle(RAIL_R, angle, RAIL_Y, CENTRE);
      const bottom = onCircle(RAIL_R, angle, DECK_H, CENTRE);
      parts.push(part(lod === 2 ? box(0.04, RAIL_Y - DECK_H, 0.04, { at: [top[0], (RAIL_Y + DECK_H) / 2, top[2]] }) : rod(lod, bottom, top, 0.018), CHROME));
    }
    // Headset stand beside the entry, with the headset on it.
    const [sx, , sz] = STAND;
    parts.push(part(lod === 2 ? box(0.05, 1.1, 0.05, { at: [sx, 0.55, sz] }) : cylinder(lod, 0.02, 0.025, 1.08, { at: [sx, 0.56, sz] }, 'coarse'), CHROME));
    parts.push(part(softBox(lod, 0.2, 0.11, 0.12, 0.035, { at: [sx, 1.16, sz], rotateDeg: [0, -30, 0] }), SHELL));
    if (lod === 2) return parts;

    // The glowing edge band round the deck, the entry step, and the stand's foot.
    parts.push(part(onPlatform(cylinder(lod, RADIUS + 0.012, RADIUS + 0.017, 0.025, { at: [0, DECK_H - 0.03, 0] }, 'fine')), GLOW));
    parts.push(part(softBox(lod, 0.7, 0.06, 0.14, 0.015, { at: [0, 0.03, CENTRE[2] + RADIUS + 0.03] }), DECK));
    parts.push(part(cylinder(lod, 0.12, 0.13, 0.02, { at: [sx, 0.01, sz] }, 'coarse'), DECK));
    // Headset visor (facing the entry) and a sun on the screen.
    parts.push(part(softBox(lod, 0.18, 0.085, 0.02, 0.01, { at: [sx - 0.035, 1.16, sz + 0.055], rotateDeg: [0, -30, 0] }), VISOR));
    parts.push(part(cylinder(lod, 0.09, 0.09, 0.004, { at: [0.3, SCREEN_Y + 0.05, SCREEN_Z + 0.029], rotateDeg: [90, 0, 0] }), CYAN));
    if (lod === 0) {
      // Mid rail, head strap, a cable from the stand, floor-marking ring, a horizon line on the screen.
      parts.push(part(onPlatform(ringArc(lod, RAIL_R, 0.012, 90 + GAP_DEG / 2, 360 - GAP_DEG, 0.58, 'coarse')), CHROME));
      parts.push(part(torus(lod, 0.09, 0.012, { at: [sx + 0.025, 1.16, sz - 0.045], rotateDeg: [90, 0, 0] }, 'coarse'), VISOR));
      parts.push(part(rod(lod, [sx, 1.0, sz], [sx - 0.2, DECK_H + 0.01, sz - 0.25], 0.008), VISOR));
      // The ring is flat and one-sided (it only needs to be seen from above): 2 triangles a segment.
      parts.push(part(onPlatform(new RingGeometry(0.43, 0.46, 32).rotateX(-Math.PI / 2).translate(0, DECK_H + 0.005, 0)), CYAN));
      parts.push(part(box(SCREEN_W, 0.012, 0.004, { at: [0, SCREEN_Y - SCREEN_H * 0.15, SCREEN_Z + 0.031] }), CYAN));
      for (const x of [-0.4, 0.4]) parts.push(part(cylinder(lod, 0.018, 0.018, 0.02, { at: [x, SCREEN_Y, SCREEN_Z - 0.03], rotateDeg: [90, 0, 0] }, 'coarse'), CHROME));
    }
    return parts;
  },
};
