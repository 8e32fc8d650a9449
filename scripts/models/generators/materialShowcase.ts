/**
 * An advanced-materials showcase: a white display cabinet with a glass vitrine on top (drawn as
 * its aluminium frame, the panes being clear), and on the navy velvet deck the samples: a stack of
 * titanium-alloy and copper ingots, two carbon-fibre spools, an aluminium honeycomb sandwich panel
 * propped on a stand, and a cluster of synthetic crystals.
 */
import { Matrix4 } from 'three';
import { box, byLod, cone, cylinder } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { extrude, type Vec2 } from './scienceParts';

const COLORS = {
  cabinet: '#f1f2f4', // cabinet body
  velvet: '#2c3446', // deck and plinth strip
  frame: '#c5ccd3', // vitrine frame, honeycomb, spool flanges
  titanium: '#9aa1a8',
  copper: '#c07a4a',
  carbon: '#26282c', // carbon-fibre tow
  crystal: '#9fd3e6', // sapphire/quartz crystals
};

const DECK = 0.82; // top of the velvet deck
const W = 1.2;
const D = 0.8;
const H = 1.2;

/** A trapezoidal ingot lying along x: wider at the bottom, like a cast bar. */
function ingot(x: number, y: number, z: number) {
  const outline: Vec2[] = [
    [-0.075, 0],
    [0.075, 0],
    [0.056, 0.065],
    [-0.056, 0.065],
  ];
  return extrude(outline, 0.32, { at: [x, y, z], rotateDeg: [0, 90, 0] });
}

function build(lod: LodLevel): ModelPart[] {
  const parts: ModelPart[] = [];
  const add = (color: string, geometry: ModelPart['geometry']) => parts.push({ color, geometry });

  // Cabinet: a dark plinth strip, white body, velvet deck.
  add(COLORS.velvet, box(W - 0.04, 0.08, D - 0.04, { at: [0, 0.04, 0] }));
  add(COLORS.cabinet, box(W, 0.72, D, { at: [0, 0.44, 0] }));
  add(COLORS.velvet, box(W - 0.04, 0.02, D - 0.04, { at: [0, DECK - 0.01, 0] }));

  // Vitrine frame: four posts and the top rectangle.
  const bar = byLod(lod, [0.025, 0.03, 0.04]);
  const frameTop = H - bar / 2;
  for (const [x, z] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const) {
    add(COLORS.frame, box(bar, H - DECK, bar, { at: [(x * (W - bar)) / 2, (H + DECK) / 2, (z * (D - bar)) / 2] }));
  }
  for (const z of [-1, 1]) add(COLORS.frame, box(W, bar, bar, { at: [0, frameTop, (z * (D - bar)) / 2] }));
  for (const x of [-1, 1]) add(COLORS.frame, box(bar, bar, D - 2 * bar, { at: [(x * (W - bar)) / 2, frameTop, 0] }));

  if (lod === 2) {
    // Silhouette: the samples as a few blocks.
    add(COLORS.titanium, box(0.3, 0.1, 0.2, { at: [-0.35, DECK + 0.05, 0.12] }));
    add(COLORS.frame, box(0.34, 0.24, 0.04, { at: [0.25, DECK + 0.12, -0.15] }));
    add(COLORS.crystal, box(0.14, 0.16, 0.14, { at: [0.35, DECK + 0.08, 0.18] }));
    return parts;
  }
  // The vitrine's bottom rail.
  for (const z of [-1, 1]) add(COLORS.frame, box(W, bar, bar, { at: [0, DECK + bar / 2, (z * (D - bar)) / 2] }));

  // Ingots: two titanium below, one copper on top.
  add(COLORS.titanium, ingot(-0.33, DECK, 0.12));
  add(COLORS.titanium, ingot(-0.33, DECK, 0.28));
  add(COLORS.copper, ingot(-0.33, DECK + 0.065, 0.2));

  // Carbon-fibre spools standing on end: black tow wound between aluminium flanges.
  for (const [x, z] of [
    [-0.4, -0.17],
    [-0.14, -0.19],
  ] as const) {
    add(COLORS.carbon, cylinder(lod, 0.09, 0.09, 0.15, { at: [x, DECK + 0.09, z] }, 'normal'));
    add(COLORS.frame, cylinder(lod, 0.11, 0.11, 0.014, { at: [x, DECK + 0.01, z] }, 'normal'));
    add(COLORS.frame, cylinder(lod, 0.11, 0.11, 0.014, { at: [x, DECK + 0.17, z] }, 'normal'));
    add(COLORS.frame, cylinder(lod, 0.03, 0.03, 0.02, { at: [x, DECK + 0.185, z] }, 'coarse'));
  }

  // Honeycomb sandwich panel leaning back on a stand: dark skin behind, hexagonal cells in front.
  const panelCentre: [number, number, number] = [0.22, DECK + 0.15, -0.18];
  const tilt = -15;
  add(COLORS.velvet, box(0.05, 0.02, 0.16, { at: [0.22, DECK + 0.01, -0.2] }));
  add(COLORS.titanium, box(0.4, 0.28, 0.012, { at: panelCentre, rotateDeg: [tilt, 0, 0] }));
  if (lod === 0) {
    const cell = 0.032;
    for (let row = 0; row < 7; row += 1) {
      for (let col = 0; col < 10; col += 1) {
        const x = -0.165 + col * cell * 1.05 + (row % 2) * cell * 0.52;
        const y = -0.115 + row * cell * 0.9;
        if (x > 0.18) continue;
        // Each cell is a short hexagonal tube end-on; gaps between them read as the cell walls.
        add(COLORS.frame, extrude(hexOutline(cell * 0.52), 0.02, { at: [x, y, 0.012] }).applyMatrix4(panelMatrix(panelCentre, tilt)));
      }
    }
  } else {
    add(COLORS.frame, box(0.36, 0.24, 0.02, { at: [panelCentre[0], panelCentre[1], panelCentre[2] + 0.01], rotateDeg: [tilt, 0, 0] }));
  }

  // Crystal cluster: hexagonal prisms with pointed tips growing from a small base.
  add(COLORS.velvet, cylinder(lod, 0.1, 0.11, 0.03, { at: [0.33, DECK + 0.015, 0.18] }, 'coarse'));
  const crystals: [number, number, number, number, number][] = [
    // dx, dz, length, tilt about x, tilt about z
    [0, 0, 0.2, 0, 0],
    [0.04, 0.02, 0.14, 15, -20],
    [-0.04, 0.01, 0.15, -10, 22],
    [0.01, -0.04, 0.12, -24, -6],
    [-0.02, 0.04, 0.1, 26, 10],
  ];
  for (const [dx, dz, length, tx, tz] of lod === 0 ? crystals : crystals.slice(0, 3)) {
    const prism = cylinder(lod, 0.03, 0.03, length * 1.3, { at: [0, (length * 1.3) / 2, 0] }, 'coarse');
    const tip = cone(lod, 0.03, 0.055, { at: [0, length * 1.3 + 0.0275, 0] }, 'coarse');
    for (const g of [prism, tip]) {
      g.rotateZ((tz * Math.PI) / 180).rotateX((tx * Math.PI) / 180).translate(0.33 + dx, DECK + 0.03, 0.18 + dz);
      add(COLORS.crystal, g);
    }
  }

  // Small sample labels along the deck's front edge.
  if (lod === 0) for (const x of [-0.35, 0.22, 0.33]) add(COLORS.cabinet, box(0.08, 0.005, 0.04, { at: [x, DECK + 0.003, 0.34] }));
  // Cabinet front: the exhibit's name band.
  add(COLORS.velvet, box(0.8, 0.08, 0.005, { at: [0, 0.62, D / 2 + 0.0025] }));
  return parts;
}

/** A hexagon outline (a honeycomb cell) of circumradius r, flat sides up and down. */
function hexOutline(r: number): Vec2[] {
  return Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 3) * i + Math.PI / 6;
    return [r * Math.cos(a), r * Math.sin(a)] as Vec2;
  });
}

/** Moves panel-local cell positions onto the tilted panel. */
function panelMatrix(centre: [number, number, number], tiltDeg: number): Matrix4 {
  return new Matrix4().makeTranslation(...centre).multiply(new Matrix4().makeRotationX((tiltDeg * Math.PI) / 180));
}

export const materialShowcase: ModelGenerator = {
  name: 'material-showcase',
  title: 'Advanced materials showcase (ingots, carbon fibre, honeycomb, crystals)',
  material: { metallic: 0.25, roughness: 0.45 },
  build,
};
