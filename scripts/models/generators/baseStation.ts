/**
 * A 5G base station as shown at a telecom booth: a galvanised pole on a bolted base plate, three
 * white panel antennas at 120° (one sector facing the aisle) on mounting arms, a finned remote
 * radio unit under each, jumper cables up to the antennas, a lightning rod, and a small outdoor
 * equipment cabinet at the foot. Three white panels round a pole is the silhouette everyone knows,
 * so the far level keeps exactly that plus the cabinet.
 */
import type { BufferGeometry } from 'three';
import { box, cylinder } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { bar, part, rod, softBox } from './furnitureParts';

const STEEL = '#b8c0c8';
const RADOME = '#eef1f4';
const RADIO = '#4a5058';
const CABINET = '#d9dee3';
const BRAND = '#2f6fb0';
const CABLE = '#1f2329';
const WARNING = '#f2c230';

const POLE_R = 0.06;
const POLE_TOP = 2.85;
const ANTENNA_R = 0.3;
const ANTENNA_Y = 2.35;
const ANTENNA_H = 1.0;
const RADIO_Y = 1.6;
/** Sector azimuths in plan (from +x towards +z): one faces the front (+z, 90°). */
const SECTORS = [90, 210, 330];
/** The pole stands at the back so the cabinet can sit in front of it inside the 1 m footprint. */
const POLE_Z = -0.08;

/** Turns a part built facing +z (at the origin, on the y axis) to face a sector azimuth. */
function toSector(geometry: BufferGeometry, azimuthDeg: number): BufferGeometry {
  // Facing +z is azimuth 90°; a turn about y by -(azimuth - 90)° brings +z onto the azimuth.
  return geometry.rotateY((-(azimuthDeg - 90) * Math.PI) / 180).translate(0, 0, POLE_Z);
}

function sector(lod: LodLevel, azimuth: number): ModelPart[] {
  const parts: ModelPart[] = [];
  // Each panel is tilted down 4° (electrical and mechanical down-tilt aim the beam at the ground).
  const panel = softBox(lod, 0.28, ANTENNA_H, 0.1, 0.03, { at: [0, ANTENNA_Y, ANTENNA_R], rotateDeg: [-4, 0, 0] });
  parts.push(part(toSector(panel, azimuth), RADOME));
  if (lod === 2) return parts;
  // Upper and lower mounting arms from the pole clamp to the antenna's back.
  for (const y of [ANTENNA_Y - 0.35, ANTENNA_Y + 0.35]) parts.push(part(toSector(box(0.04, 0.04, ANTENNA_R - 0.05, { at: [0, y, (ANTENNA_R - 0.05) / 2 + 0.02] }), azimuth), STEEL));
  // The remote radio unit on the pole below its antenna.
  parts.push(part(toSector(softBox(lod, 0.24, 0.34, 0.12, 0.015, { at: [0, RADIO_Y, POLE_R + 0.07] }), azimuth), RADIO));
  if (lod === 0) {
    // Cooling fins on the radio, connector caps under the antenna, jumper cables up to them.
    for (let fin = 0; fin < 5; fin += 1) parts.push(part(toSector(box(0.008, 0.3, 0.03, { at: [-0.09 + fin * 0.045, RADIO_Y, POLE_R + 0.145] }), azimuth), RADIO));
    for (const x of [-0.06, 0.06]) {
      parts.push(part(toSector(cylinder(lod, 0.016, 0.016, 0.04, { at: [x, ANTENNA_Y - ANTENNA_H / 2 - 0.02, ANTENNA_R + 0.005] }, 'coarse'), azimuth), CABLE));
      parts.push(part(toSector(rod(lod, [x * 0.5, RADIO_Y + 0.17, POLE_R + 0.09], [x, ANTENNA_Y - ANTENNA_H / 2 - 0.04, ANTENNA_R + 0.005], 0.008, 'coarse'), azimuth), CABLE));
    }
    // Pole clamps (U-bolt bands) for the arms.
    for (const y of [ANTENNA_Y - 0.35, ANTENNA_Y + 0.35]) parts.push(part(toSector(box(0.1, 0.05, 0.02, { at: [0, y, POLE_R + 0.01] }), azimuth), STEEL));
  }
  return parts;
}

export const baseStation: ModelGenerator = {
  name: 'base-station',
  title: '5G base station',
  // Galvanised steel and painted radomes: half metal, satin.
  material: { metallic: 0.35, roughness: 0.5 },
  build(lod) {
    const parts: ModelPart[] = [
      part(cylinder(lod, POLE_R * 0.85, POLE_R, POLE_TOP, { at: [0, POLE_TOP / 2, POLE_Z] }, 'fine'), STEEL),
      // Outdoor equipment cabinet in front of the pole.
      part(softBox(lod, 0.55, 0.85, 0.34, 0.02, { at: [0, 0.5, 0.31] }), CABINET),
    ];
    for (const azimuth of SECTORS) parts.push(...sector(lod, azimuth));
    if (lod === 2) return parts;
    parts.push(part(box(0.5, 0.04, 0.5, { at: [0, 0.02, POLE_Z] }), STEEL));
    parts.push(part(box(0.6, 0.075, 0.38, { at: [0, 0.0375, 0.31] }), RADIO));
    parts.push(part(box(0.555, 0.05, 0.345, { at: [0, 0.72, 0.31] }), BRAND));
    parts.push(part(cylinder(lod, 0.006, 0.012, 0.15, { at: [0, POLE_TOP + 0.075, POLE_Z] }, 'coarse'), STEEL));
    if (lod === 0) {
      parts.push(part(cylinder(lod, POLE_R * 1.3, POLE_R * 1.3, 0.02, { at: [0, POLE_TOP - 0.01, POLE_Z] }, 'coarse'), STEEL));
      // Anchor bolts on the base plate, and a stiffening collar at the pole foot.
      for (const x of [-0.19, 0.19]) for (const z of [-0.19, 0.19]) parts.push(part(cylinder(lod, 0.018, 0.018, 0.04, { at: [x, 0.06, POLE_Z + z] }, 'coarse'), RADIO));
      parts.push(part(cylinder(lod, POLE_R * 1.6, POLE_R * 1.6, 0.06, { at: [0, 0.07, POLE_Z] }, 'coarse'), STEEL));
      // Cabinet front: door seam, handle, louvres and a warning label; a cable duct to the pole.
      const front = 0.31 + 0.17;
      parts.push(part(box(0.004, 0.6, 0.004, { at: [0.0, 0.42, front] }), RADIO));
      parts.push(part(box(0.02, 0.12, 0.02, { at: [0.22, 0.5, front + 0.01] }), RADIO));
      for (let louvre = 0; louvre < 5; louvre += 1) parts.push(part(box(0.18, 0.012, 0.012, { at: [-0.13, 0.22 + louvre * 0.04, front + 0.004], rotateDeg: [-30, 0, 0] }), RADIO));
      parts.push(part(box(0.07, 0.07, 0.003, { at: [-0.13, 0.56, front + 0.0015] }), WARNING));
      parts.push(part(bar([0.2, 0.92, 0.2], [0.05, RADIO_Y - 0.2, POLE_Z + 0.05], 0.03), CABLE));
    }
    return parts;
  },
};
