/**
 * A Hualong One (华龙一号) / Guohe One (国和一号) class pressurised-water reactor unit as an
 * architectural site model on a plinth: the domed cylindrical containment with its stiffening ring,
 * the nuclear auxiliary, fuel, safeguard and electrical buildings hugging it, the long turbine hall
 * with a gabled roof, the red-and-white vent stack, the seawater pump house with its cooling-water
 * intake on the coast at the front, a switchyard, roads and trees.
 */
import { box, byLod, cone, cylinder } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { extrude, revolve, seeded, type Vec2 } from './scienceParts';

const COLORS = {
  plinth: '#4b5563', // the model's display plinth
  lawn: '#7fa36b', // site ground
  water: '#3f7fb8', // the sea and the intake channel
  road: '#a3a8ad', // roads, seawall, switchyard gravel
  concrete: '#eef1f4', // containment and nuclear-island buildings
  turbine: '#6f8fb0', // turbine hall cladding
  stack: '#c8453a', // red bands of the vent stack, transformer housings
  tree: '#3f6e3a',
};

const GROUND = 0.44; // top of the lawn on the plinth
const REACTOR: [number, number] = [-0.9, -0.2]; // containment centre (x, z)

/** A building block standing on the ground: footprint centre (x, z), size w × h × d. */
function building(x: number, z: number, w: number, h: number, d: number) {
  return box(w, h, d, { at: [x, GROUND + h / 2, z] });
}

function build(lod: LodLevel): ModelPart[] {
  const parts: ModelPart[] = [];
  const add = (color: string, geometry: ModelPart['geometry']) => parts.push({ color, geometry });
  const segments = byLod(lod, [48, 14, 6]);

  // Plinth and site: land, the sea along the front edge.
  add(COLORS.plinth, box(5, 0.4, 5, { at: [0, 0.2, 0] }));
  add(COLORS.lawn, box(4.9, 0.04, 3.95, { at: [0, 0.42, -0.475] }));
  add(COLORS.water, box(4.9, 0.02, 0.95, { at: [0, 0.41, 1.975] }));

  // Containment: cylinder, stiffening/air-inlet ring at the eaves, ellipsoidal dome.
  const [rx, rz] = REACTOR;
  const wallTop = GROUND + 1.5;
  const dome: Vec2[] = Array.from({ length: byLod(lod, [12, 5, 3]) + 1 }, (_, i) => {
    const a = (i / byLod(lod, [12, 5, 3])) * (Math.PI / 2);
    return [0.75 * Math.cos(a), wallTop + 0.55 * Math.sin(a)] as Vec2;
  });
  add(
    COLORS.concrete,
    revolve(segments, [[0.75, GROUND], ...dome], { at: [rx, 0, rz] }, { creaseDeg: 60 }),
  );
  if (lod === 2) {
    // Silhouette: containment, the nuclear island block, turbine hall, stack.
    add(COLORS.concrete, building(-0.9, -1.0, 1.9, 0.75, 1.0));
    add(COLORS.turbine, building(1.4, -0.2, 1.9, 1.05, 1.3));
    add(COLORS.concrete, cylinder(lod, 0.08, 0.09, 2.76, { at: [-0.05, GROUND + 1.38, -1.45] }, 'coarse'));
    return parts;
  }
  add(COLORS.turbine, cylinder(lod, 0.78, 0.78, 0.12, { at: [rx, wallTop - 0.12, rz] }, 'fine'));
  // Equipment hatch on the containment's front.
  if (lod === 0) add(COLORS.road, cylinder(lod, 0.14, 0.14, 0.08, { at: [rx + 0.3, GROUND + 0.75, rz + 0.7], rotateDeg: [90, 0, -20] }, 'coarse'));

  // Nuclear island buildings around the containment.
  add(COLORS.concrete, building(-0.9, -1.45, 1.8, 0.75, 0.8)); // nuclear auxiliary building
  add(COLORS.concrete, building(-2.0, -0.2, 0.6, 0.65, 1.4)); // fuel building
  add(COLORS.concrete, building(-0.9, 0.85, 1.7, 0.5, 0.55)); // safeguard buildings
  add(COLORS.concrete, building(0.15, -0.2, 0.5, 0.85, 1.5)); // electrical building
  add(COLORS.road, building(-2.05, 1.05, 0.45, 0.28, 0.35)); // diesel generator buildings
  add(COLORS.road, building(-2.05, -1.55, 0.45, 0.28, 0.35));

  // Turbine hall: clad walls with a white gabled roof, and the lower deaerator bay in front.
  add(COLORS.turbine, building(1.4, -0.2, 1.9, 0.95, 1.3));
  add(
    COLORS.concrete,
    extrude(
      [
        [-0.68, 0],
        [0.68, 0],
        [0, 0.16],
      ],
      1.92,
      { at: [1.4, GROUND + 0.95, -0.2], rotateDeg: [0, 90, 0] },
    ),
  );
  add(COLORS.concrete, building(1.4, 0.62, 1.9, 0.6, 0.34));
  // Window band along the turbine hall front.
  if (lod === 0) add(COLORS.water, box(1.7, 0.1, 0.01, { at: [1.4, GROUND + 0.8, 0.796] }));

  // Vent stack: a tall slim cylinder with red bands, by the auxiliary building.
  const stackHeight = 2.76;
  add(COLORS.concrete, cylinder(lod, 0.07, 0.09, stackHeight, { at: [-0.05, GROUND + stackHeight / 2, -1.45] }, 'coarse'));
  for (const y of [stackHeight - 0.12, stackHeight - 0.42]) add(COLORS.stack, cylinder(lod, 0.078, 0.078, 0.12, { at: [-0.05, GROUND + y, -1.45] }, 'coarse'));

  // Seawater cooling: pump house on the coast, intake channel, seawall along the shore.
  add(COLORS.road, box(4.9, 0.06, 0.06, { at: [0, GROUND - 0.01, 1.5] }));
  add(COLORS.concrete, building(1.3, 1.2, 0.8, 0.32, 0.45));
  add(COLORS.water, box(0.3, 0.02, 0.7, { at: [0.55, GROUND + 0.001, 1.25] }));

  // Roads and the switchyard with its transformers.
  add(COLORS.road, box(4.6, 0.01, 0.14, { at: [0, GROUND + 0.005, 1.28] }));
  add(COLORS.road, box(0.14, 0.01, 3.5, { at: [2.42, GROUND + 0.005, -0.5] }));
  add(COLORS.road, box(0.9, 0.015, 0.8, { at: [1.7, GROUND + 0.0075, -1.85] }));
  for (const x of [1.45, 1.7, 1.95]) add(COLORS.stack, building(x, -1.85, 0.16, 0.14, 0.22));

  if (lod === 0) {
    // Trees along the back and left edges of the site.
    const random = seeded(7);
    for (let i = 0; i < 18; i += 1) {
      const onBack = i < 11;
      const x = onBack ? -2.3 + (i / 10) * 3.5 : -2.35 + random() * 0.15;
      const z = onBack ? -2.3 + random() * 0.2 : -1.0 + ((i - 11) / 6) * 1.9;
      const h = 0.22 + random() * 0.12;
      add(COLORS.tree, cone(lod, 0.09, h, { at: [x, GROUND + h / 2 + 0.03, z] }, 'coarse'));
    }
  }
  return parts;
}

export const nuclearUnit: ModelGenerator = {
  name: 'nuclear-unit',
  title: 'Hualong One / Guohe One nuclear power unit (site model)',
  material: { metallic: 0.05, roughness: 0.75 },
  build,
};
