/**
 * A 42U 19-inch rack cabinet, 600 mm wide and 1200 mm deep: a graphite shell on a plinth, a
 * framed front door whose perforated steel is suggested by a fine grid of bars, and behind it a
 * stack of servers, switches and storage shelves in two greys, each with green, blue or amber
 * status lights. Close up the grid, lights and handles carry the detail; from afar the front is a
 * dark face with a band of lights, which is the impression a row of racks gives.
 */
import { box, cylinder } from '../shapes';
import type { ModelGenerator, ModelPart } from '../types';
import { part, softBox } from './furnitureParts';

const SHELL = '#30353d';
const UNIT_LIGHT = '#4a505a';
const UNIT_DARK = '#1b1e23';
const GREEN = '#22c55e';
const BLUE = '#38bdf8';
const AMBER = '#f59e0b';
const HANDLE = '#9ca3af';

const WIDTH = 0.6;
/** Shell depth; the door handles stand 3 cm proud front and back, making the catalogue 1.2 m. */
const DEPTH = 1.14;
const HEIGHT = 2.0;
const PLINTH = 0.1;
const FRONT = DEPTH / 2;
/** Door opening, inside the door's frame. */
const OPEN_X = 0.245;
const OPEN_BOTTOM = 0.16;
const OPEN_TOP = 1.93;
const U = 0.0445;

/**
 * The equipment stack from the bottom: height in rack units and kind. Kinds alternate so the rows
 * read as separate machines; gaps (blank) show the dark rails behind.
 */
const STACK: readonly [number, 'server' | 'switch' | 'storage' | 'blank'][] = [
  [4, 'storage'],
  [4, 'storage'],
  [1, 'blank'],
  [2, 'server'],
  [2, 'server'],
  [2, 'server'],
  [2, 'server'],
  [1, 'blank'],
  [3, 'server'],
  [3, 'server'],
  [1, 'blank'],
  [2, 'server'],
  [2, 'server'],
  [1, 'switch'],
  [1, 'blank'],
  [1, 'switch'],
  [1, 'switch'],
  [2, 'storage'],
  [1, 'switch'],
];

interface Row {
  y: number;
  height: number;
  kind: (typeof STACK)[number][1];
  index: number;
}

function rows(): Row[] {
  const out: Row[] = [];
  let y = OPEN_BOTTOM + 0.01;
  STACK.forEach(([units, kind], index) => {
    out.push({ y: y + (units * U) / 2, height: units * U - 0.004, kind, index });
    y += units * U;
  });
  return out;
}

/** Runs of consecutive rows of one kind (blank rows end a run), for the far level. */
function blocks(): Omit<Row, 'index'>[] {
  const out: Omit<Row, 'index'>[] = [];
  let run: Row[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) {
      const bottom = first.y - first.height / 2;
      const top = last.y + last.height / 2;
      out.push({ y: (bottom + top) / 2, height: top - bottom, kind: first.kind });
    }
    run = [];
  };
  for (const row of rows()) {
    if (row.kind === 'blank' || (run[0] && run[0].kind !== row.kind)) flush();
    if (row.kind !== 'blank') run.push(row);
  }
  flush();
  return out;
}

export const serverRack: ModelGenerator = {
  name: 'server-rack',
  title: '19-inch server rack cabinet',
  // Powder-coated steel: some metal, satin (more metal would turn the dark paint black).
  material: { metallic: 0.35, roughness: 0.5 },
  build(lod) {
    const parts: ModelPart[] = [];
    const openHeight = OPEN_TOP - OPEN_BOTTOM;
    const openCentre = (OPEN_TOP + OPEN_BOTTOM) / 2;
    if (lod === 2) {
      parts.push(part(box(WIDTH, HEIGHT, DEPTH, { at: [0, HEIGHT / 2, 0] }), SHELL));
      parts.push(part(box(2 * OPEN_X, openHeight, 0.01, { at: [0, openCentre, FRONT + 0.004] }), UNIT_DARK));
      // Each run of like machines as one block with one light, so the far face keeps its rows.
      for (const block of blocks()) {
        parts.push(part(box(2 * OPEN_X - 0.02, block.height, 0.01, { at: [0, block.y, FRONT + 0.008] }), block.kind === 'switch' ? SHELL : UNIT_LIGHT));
        parts.push(part(box(0.04, 0.02, 0.01, { at: [-0.18, block.y, FRONT + 0.012] }), block.kind === 'storage' ? BLUE : GREEN));
      }
      return parts;
    }
    // Shell: plinth, two side panels, roof, back door; the front is the door frame round the opening.
    parts.push(part(box(WIDTH - 0.02, PLINTH, DEPTH - 0.02, { at: [0, PLINTH / 2, 0] }), UNIT_DARK));
    for (const x of [-1, 1]) parts.push(part(softBox(lod, 0.02, HEIGHT - PLINTH, DEPTH, 0.008, { at: [x * (WIDTH / 2 - 0.01), (HEIGHT + PLINTH) / 2, 0] }), SHELL));
    parts.push(part(softBox(lod, WIDTH, 0.03, DEPTH, 0.01, { at: [0, HEIGHT - 0.015, 0] }), SHELL));
    parts.push(part(box(WIDTH - 0.04, HEIGHT - PLINTH - 0.03, 0.02, { at: [0, (HEIGHT + PLINTH - 0.03) / 2, -FRONT + 0.01] }), SHELL));
    const stile = WIDTH / 2 - OPEN_X;
    for (const x of [-1, 1]) parts.push(part(box(stile, HEIGHT - PLINTH - 0.03, 0.025, { at: [x * (OPEN_X + stile / 2), (HEIGHT + PLINTH - 0.03) / 2, FRONT - 0.0125] }), SHELL));
    parts.push(part(box(2 * OPEN_X, OPEN_BOTTOM - PLINTH, 0.025, { at: [0, (OPEN_BOTTOM + PLINTH) / 2, FRONT - 0.0125] }), SHELL));
    parts.push(part(box(2 * OPEN_X, HEIGHT - 0.03 - OPEN_TOP, 0.025, { at: [0, (HEIGHT - 0.03 + OPEN_TOP) / 2, FRONT - 0.0125] }), SHELL));
    // The dark rails and cabinet interior behind the equipment.
    parts.push(part(box(2 * OPEN_X, openHeight, 0.01, { at: [0, openCentre, FRONT - 0.08] }), UNIT_DARK));
    parts.push(part(softBox(lod, 0.025, 0.22, 0.03, 0.008, { at: [OPEN_X + stile / 2, 1.1, FRONT + 0.015] }), HANDLE));

    for (const row of rows()) {
      if (row.kind === 'blank') continue;
      const face = FRONT - 0.05;
      // Close up, storage shelves are dark bodies with light drive bays; further out the bays go,
      // so the shelf itself turns light to keep the same overall tone.
      const light = row.kind === 'server' || (row.kind === 'storage' && lod === 1);
      parts.push(part(box(2 * OPEN_X - 0.02, row.height, 0.05, { at: [0, row.y, face - 0.025] }), light ? UNIT_LIGHT : UNIT_DARK));
      if (lod === 1) {
        // One light per machine, enough to read as a lit stack.
        parts.push(part(box(0.03, 0.014, 0.004, { at: [-0.19, row.y, face + 0.002] }), row.kind === 'storage' ? BLUE : GREEN));
        continue;
      }
      // Power and activity lights at the left; switches get a row of port lights, storage a
      // column of drive lights; one machine in the stack shows amber (needs attention).
      parts.push(part(box(0.016, 0.011, 0.004, { at: [-0.2, row.y, face + 0.002] }), GREEN));
      parts.push(part(box(0.016, 0.011, 0.004, { at: [-0.175, row.y, face + 0.002] }), row.index === 6 ? AMBER : BLUE));
      if (row.kind === 'switch') {
        for (let port = 0; port < 8; port += 1) parts.push(part(box(0.014, 0.006, 0.004, { at: [-0.1 + port * 0.035, row.y, face + 0.002] }), port % 3 === 2 ? AMBER : GREEN));
      } else if (row.kind === 'storage') {
        for (let bay = 0; bay < 6; bay += 1) parts.push(part(box(0.05, row.height - 0.03, 0.006, { at: [-0.09 + bay * 0.06, row.y, face + 0.003] }), UNIT_LIGHT));
      } else {
        // Server: a handle ear at each end of the front panel.
        for (const x of [-1, 1]) parts.push(part(box(0.012, row.height - 0.012, 0.012, { at: [x * (OPEN_X - 0.025), row.y, face + 0.006] }), HANDLE));
      }
    }
    if (lod === 0) {
      // Perforated door: a fine grid of bars across the opening, thin enough to see the lights.
      const door = FRONT - 0.005;
      for (let column = 1; column < 14; column += 1) parts.push(part(box(0.004, openHeight, 0.004, { at: [-OPEN_X + (column * 2 * OPEN_X) / 14, openCentre, door] }), SHELL));
      for (let line = 1; line < 30; line += 1) parts.push(part(box(2 * OPEN_X, 0.004, 0.004, { at: [0, OPEN_BOTTOM + (line * openHeight) / 30, door] }), SHELL));
      // Roof fans and the back door's vent slats and handle.
      for (const z of [-0.25, 0.25]) parts.push(part(cylinder(lod, 0.09, 0.09, 0.006, { at: [0, HEIGHT - 0.002, z] }), UNIT_DARK));
      for (let slat = 0; slat < 12; slat += 1) parts.push(part(box(WIDTH - 0.12, 0.012, 0.006, { at: [0, 0.35 + slat * 0.12, -FRONT - 0.003] }), UNIT_DARK));
      parts.push(part(softBox(lod, 0.025, 0.22, 0.03, 0.008, { at: [WIDTH / 2 - 0.05, 1.1, -FRONT - 0.015] }), HANDLE));
    }
    return parts;
  },
};
