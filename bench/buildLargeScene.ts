/**
 * A large valid scene for benchmarks: halls side by side, each one zone filled with booths on a
 * square lattice with 3 m aisles, one exhibitor per booth, and `exhibitsPerBooth` exhibits per
 * booth, half of them auto-arranged. Booths are written either as booth grids, one per lattice
 * row (the way curators lay out rows), or one by one (the slowest form to validate).
 */
import type { SceneInput } from '../src/scene';

export interface LargeSceneOptions {
  booths: number;
  exhibitsPerBooth: number;
  /** Booths per hall; halls are added until all booths have a place. */
  boothsPerHall?: number;
  /** How booths are written (default 'explicit'). */
  boothsAs?: 'grids' | 'explicit';
}

const BOOTH_SIZE_M = 3;
const AISLE_M = 3;

export function buildLargeScene({ booths, exhibitsPerBooth, boothsPerHall = 2500, boothsAs = 'explicit' }: LargeSceneOptions): SceneInput {
  const columns = Math.ceil(Math.sqrt(boothsPerHall));
  const hallWidth = columns * (BOOTH_SIZE_M + AISLE_M) + AISLE_M;
  const hallCount = Math.ceil(booths / boothsPerHall);
  const scene: SceneInput = {
    version: 1,
    expo: {
      id: 'bench-expo',
      title: { en: `Benchmark expo, ${booths} booths` },
      dates: { start: '2026-01-01', end: '2026-01-05' },
      venue: { en: 'Nowhere' },
      defaultHall: 'hall-0',
    },
    halls: [],
    booths: [],
    boothGrids: [],
    exhibitors: [],
    exhibits: [],
    models: Array.from({ length: 20 }, (_, index) => ({ id: `model-${index}`, lods: [`models/m${index}/lod0.glb`], sizeM: [0.8, 1.5, 0.8] })),
  };
  for (let h = 0; h < hallCount; h += 1) {
    scene.halls.push({
      id: `hall-${h}`,
      name: { en: `Hall ${h}` },
      sizeM: { width: hallWidth, depth: hallWidth },
      positionM: [h * (hallWidth + 10), 0],
      doors: [
        { id: 'main', wall: 'south', offsetM: hallWidth / 2, leadsTo: 'outside' },
        ...(h > 0 ? [{ id: 'west', wall: 'west' as const, offsetM: 10, leadsTo: `hall-${h - 1}` }] : []),
        ...(h < hallCount - 1 ? [{ id: 'east', wall: 'east' as const, offsetM: 10, leadsTo: `hall-${h + 1}` }] : []),
      ],
      zones: [{ id: `zone-${h}`, name: { en: `Zone ${h}` }, color: '#6688aa', category: 'other', rect: { x: 0, z: 0, width: hallWidth, depth: hallWidth } }],
    });
  }
  for (let b = 0; b < booths; b += 1) {
    const hall = Math.floor(b / boothsPerHall);
    const slot = b % boothsPerHall;
    const step = BOOTH_SIZE_M + AISLE_M;
    const column = slot % columns;
    const row = Math.floor(slot / columns);
    const code = boothsAs === 'grids' ? `H${hall}-R${row}-${String(column + 1).padStart(3, '0')}` : `B-${b}`;
    const boothId = boothsAs === 'grids' ? `booth-${code.toLowerCase()}` : `booth-${b}`;
    scene.exhibitors?.push({ id: `exhibitor-${b}`, name: { en: `Sample exhibitor ${code}` }, country: 'CN', sample: true });
    const centre: [number, number] = [AISLE_M + column * step + BOOTH_SIZE_M / 2, AISLE_M + row * step + BOOTH_SIZE_M / 2];
    if (boothsAs === 'explicit') {
      scene.booths?.push({ id: boothId, code, zone: `zone-${hall}`, exhibitor: `exhibitor-${b}`, positionM: centre, rotationDeg: (slot % 4) * 90, sizeM: [BOOTH_SIZE_M, BOOTH_SIZE_M] });
    } else if (column === 0) {
      scene.boothGrids?.push({
        id: `grid-${hall}-${row}`,
        zone: `zone-${hall}`,
        codePrefix: `H${hall}-R${row}-`,
        startM: centre,
        columns: Math.min(columns, boothsPerHall - slot, booths - b),
        sizeM: [BOOTH_SIZE_M, BOOTH_SIZE_M],
        gapM: AISLE_M,
        facing: row % 2 === 0 ? 'south' : 'north',
        exhibitors: [],
      });
    }
    if (boothsAs === 'grids') scene.boothGrids?.at(-1)?.exhibitors?.push(`exhibitor-${b}`);
    for (let e = 0; e < exhibitsPerBooth; e += 1) {
      scene.exhibits?.push({
        id: `exhibit-${b}-${e}`,
        booth: boothId,
        model: `model-${(b + e) % 20}`,
        ...(e % 2 === 0 ? { offsetM: [0, 0] as [number, number] } : {}),
        title: { en: `Sample exhibit ${code}-${e}` },
      });
    }
  }
  return scene;
}
