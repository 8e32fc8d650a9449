/**
 * FAST, the Five-hundred-metre Aperture Spherical radio Telescope ("China Sky Eye", 中国天眼), as a
 * round terrain model: the shallow spherical reflector of pale panels set in a karst depression,
 * its ring beam on the rim, green conical karst peaks around it, six towers on the hills and the
 * feed cabin hanging above the dish centre from six cables, as it does at about rim height.
 */
import { byLod, cylinder } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { polar, revolve, ring, rod, seeded, type Vec2, type Vec3 } from './scienceParts';

const COLORS = {
  plinth: '#4b5563', // display plinth
  panel: '#e2e5e8', // reflector panels (aluminium)
  panelAlt: '#d3d8dd', // alternate panels, so the faceted surface reads
  terrain: '#5f8a4a', // forested karst
  hill: '#6f9a55',
  steel: '#eef0f2', // towers, ring beam, cabin top
  cable: '#3a3f45', // cables and the cabin underside
};

const DISH_R = 3.0; // aperture radius
const BOTTOM = 0.32; // dish vertex height
const RIM = 1.22; // rim height
const CURVE_R = (DISH_R * DISH_R + (RIM - BOTTOM) ** 2) / (2 * (RIM - BOTTOM)); // sphere radius of the reflector
const CABIN_Y = 1.38; // the focus sits about level with the rim
const TOWER_R = 3.55;
const TOWER_TOP = 2.45;

/** Height of the reflector surface at radius r (a spherical cap). */
function dishY(r: number): number {
  return BOTTOM + CURVE_R - Math.sqrt(CURVE_R * CURVE_R - r * r);
}

function build(lod: LodLevel): ModelPart[] {
  const parts: ModelPart[] = [];
  const add = (color: string, geometry: ModelPart['geometry']) => parts.push({ color, geometry });
  const segments = byLod(lod, [64, 16, 8]);

  // Round plinth.
  add(COLORS.plinth, cylinder(lod, 4.0, 4.0, 0.25, { at: [0, 0.125, 0] }, 'fine'));

  // Terrain: a ring of land rising from the plinth edge to the rim of the depression.
  add(
    COLORS.terrain,
    revolve(segments, [
      [4.0, 0.25],
      [4.0, 0.42],
      [3.7, 0.85],
      [3.3, 1.12],
      [DISH_R + 0.08, RIM - 0.02],
      [DISH_R - 0.1, dishY(DISH_R - 0.1) - 0.12],
    ]),
  );

  // Reflector: a thin spherical shell, its rim a little thicker. At level 0 the top is split into
  // rings and sectors of two greys, standing for the thousands of triangular panels.
  const rings = byLod(lod, [10, 5, 3]);
  const sectors = lod === 0 ? 24 : 1;
  const radiusAt = (i: number) => (DISH_R * i) / rings;
  const underside: Vec2[] = Array.from({ length: rings + 1 }, (_, i) => [radiusAt(i), dishY(radiusAt(i)) - 0.06] as Vec2);
  add(COLORS.cable, revolve(segments, [...underside, [DISH_R, RIM]], {}, { creaseDeg: 40 }));
  for (let i = 0; i < rings; i += 1) {
    const band: Vec2[] = [
      [radiusAt(i + 1), dishY(radiusAt(i + 1))],
      [radiusAt(i), dishY(radiusAt(i))],
    ];
    for (let s = 0; s < sectors; s += 1) {
      const color = (i + s) % 2 === 0 ? COLORS.panel : COLORS.panelAlt;
      add(lod === 0 ? color : COLORS.panel, revolve(Math.max(3, segments / sectors), band, {}, { phiStartDeg: (360 * s) / sectors, phiLengthDeg: 360 / sectors }));
    }
  }
  // The ring beam along the rim.
  if (lod < 2) add(COLORS.steel, ring(segments, DISH_R + 0.12, DISH_R - 0.02, 0.1, { at: [0, RIM, 0] }));

  // Karst peaks around the depression, placed by a seeded random so they never move.
  if (lod < 2) {
    const random = seeded(2016);
    const peaks = byLod(lod, [34, 14, 0]);
    for (let i = 0; i < peaks; i += 1) {
      const angle = (360 * i) / peaks + random() * 6;
      const radius = 0.28 + random() * 0.22;
      const r = Math.min(4.0 - radius, 3.35 + random() * 0.55);
      const base = r > 3.7 ? 0.5 : 0.95;
      const height = 0.35 + random() * 0.45;
      // A rounded cone: steep sides, a soft top.
      const profile: Vec2[] = [
        [radius, 0],
        [radius * 0.7, height * 0.55],
        [radius * 0.3, height * 0.92],
        [0, height],
      ];
      add(i % 2 ? COLORS.hill : COLORS.terrain, revolve(byLod(lod, [10, 6, 4]), profile, { at: polar(r, angle, base - 0.05) }, { creaseDeg: 80 }));
    }
  }

  // Six towers on the hills and the six cables to the feed cabin.
  const cabin: Vec3 = [0, CABIN_Y, 0];
  for (let i = 0; i < 6; i += 1) {
    const angle = 30 + 60 * i;
    add(COLORS.steel, rod(polar(TOWER_R, angle, 0.6), polar(TOWER_R, angle, TOWER_TOP), 0.15, 4, 0.07));
    add(COLORS.cable, rod(polar(TOWER_R, angle, TOWER_TOP - 0.04), polar(0.2, angle, CABIN_Y + 0.06), byLod(lod, [0.018, 0.025, 0.03]), byLod(lod, [5, 3, 3])));
  }
  // Feed cabin: a squat drum, white above, dark receiver platform below.
  add(COLORS.steel, cylinder(lod, 0.24, 0.24, 0.12, { at: [cabin[0], CABIN_Y + 0.06, cabin[2]] }, 'coarse'));
  if (lod < 2) add(COLORS.cable, cylinder(lod, 0.16, 0.2, 0.08, { at: [0, CABIN_Y - 0.04, 0] }, 'coarse'));
  return parts;
}

export const fastDish: ModelGenerator = {
  name: 'fast-dish',
  title: 'FAST 500 m radio telescope "China Sky Eye" (terrain model)',
  material: { metallic: 0.2, roughness: 0.6 },
  build,
};
