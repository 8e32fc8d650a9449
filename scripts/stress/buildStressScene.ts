/**
 * A stress-test scene: exactly N exhibits on M distinct model ids, laid out as a real expo would
 * be (halls side by side, zones, rows of booths back to back along 3.5 m aisles), deterministic
 * for a seed. `npm run gen:stress` writes it; the renderer and the validator are measured on it.
 *
 * Pure: no clock, no Math.random, no file system (the model catalogue is the built manifest,
 * imported as JSON).
 *
 * Layout of one hall (all lengths are multiples of 0.5 m, so every sum is exact in floating point):
 *
 *   wall ─ 4 m ─ zone A ─ 2 m ─ zone B ─ 2 m ─ zone C ─ 2 m ─ zone D ─ 4 m ─ wall   (north row)
 *                                  2 m cross aisle
 *   wall ─ 4 m ─ zone E ─ 2 m ─ zone F ─ 2 m ─ zone G ─ 2 m ─ zone H ─ 4 m ─ wall   (south row)
 *
 * A zone is a block of booths with a 1 m margin: 4 pairs of back-to-back rows (the first row of a
 * pair faces north, the second south) with 3.5 m aisles between pairs, 10 booths of 6 × 4 m a row.
 * Each row is one `boothGrids` entry, so a partly filled last row needs no special case.
 */
import { mulberry32 } from '../content/random';
import type { SceneInput } from '../../src/scene/schema';
import type { ModelManifest } from '../models/manifest';
import manifestJson from '../../public/models/manifest.json' with { type: 'json' };

type ModelInput = NonNullable<SceneInput['models']>[number];
type HallInput = SceneInput['halls'][number];
type ZoneInput = NonNullable<HallInput['zones']>[number];
type GridInput = NonNullable<SceneInput['boothGrids']>[number];
type ExhibitorInput = NonNullable<SceneInput['exhibitors']>[number];
type ExhibitInput = NonNullable<SceneInput['exhibits']>[number];

export interface StressOptions {
  /** Number of exhibits, ≥ 1. */
  exhibits: number;
  /** Number of distinct model ids, 1 … exhibits. */
  models: number;
  /** Any 32-bit unsigned integer. */
  seed: number;
}

/** A model file set to reuse: its name (folder under public/models), lods and size. */
export interface StressModelSource {
  name: string;
  lods: string[];
  sizeM: [number, number, number];
}

export const MAX_STRESS_EXHIBITS = 1_000_000;

// Booths and floor plan, metres.
export const BOOTH_WIDTH_M = 6;
export const BOOTH_DEPTH_M = 4;
const AISLE_M = 3.5;
const ZONE_MARGIN_M = 1;
const ZONE_GAP_M = 2;
const WALL_CLEARANCE_M = 4;
const BOOTHS_PER_ROW = 10;
const ROW_PAIRS_PER_ZONE = 4;
const ZONES_ACROSS = 4;
const ZONES_DOWN = 2;
const ZONE_LETTERS = 'ABCDEFGH';

const ROWS_PER_ZONE = ROW_PAIRS_PER_ZONE * 2;
const BOOTHS_PER_ZONE = ROWS_PER_ZONE * BOOTHS_PER_ROW;
const ZONES_PER_HALL = ZONES_ACROSS * ZONES_DOWN;
const BLOCK_WIDTH_M = BOOTHS_PER_ROW * BOOTH_WIDTH_M;
const BLOCK_DEPTH_M = ROW_PAIRS_PER_ZONE * 2 * BOOTH_DEPTH_M + (ROW_PAIRS_PER_ZONE - 1) * AISLE_M;
const ZONE_WIDTH_M = BLOCK_WIDTH_M + 2 * ZONE_MARGIN_M;
const ZONE_DEPTH_M = BLOCK_DEPTH_M + 2 * ZONE_MARGIN_M;
export const HALL_WIDTH_M = 2 * WALL_CLEARANCE_M + ZONES_ACROSS * ZONE_WIDTH_M + (ZONES_ACROSS - 1) * ZONE_GAP_M;
export const HALL_DEPTH_M = 2 * WALL_CLEARANCE_M + ZONES_DOWN * ZONE_DEPTH_M + (ZONES_DOWN - 1) * ZONE_GAP_M;

// Exhibits.
const MIN_EXHIBITS_PER_BOOTH = 8;
const MAX_EXHIBITS_PER_BOOTH = 10;
/** Share of booths whose exhibits leave out `offsetM` and are arranged by the layout helper. */
const AUTO_ARRANGED_SHARE = 0.25;
/** Exhibit slots: 4 across the booth front, up to 3 deep, inside a 0.6 m edge margin. */
const SLOT_COLUMNS = 4;
const SLOT_MARGIN_M = 0.6;
const SLOT_JITTER_M = 0.15;
/** A model whose footprint is longer than this does not fit a booth: it is picked rarely and shown scaled down. */
const BIG_FOOTPRINT_M = BOOTH_DEPTH_M;
const BIG_MODEL_WEIGHT = 0.02;

const CATEGORIES = [
  'aerospace',
  'artificial-intelligence',
  'new-energy',
  'advanced-manufacturing',
  'electronics',
  'biomedicine',
  'new-materials',
  'popular-science',
];
const ZONE_COLORS = ['#f97316', '#0ea5e9', '#22c55e', '#a855f7', '#eab308', '#ef4444', '#14b8a6', '#6366f1'];
const COUNTRIES = ['CN', 'CN', 'CN', 'US', 'DE', 'JP', 'FR', 'KR', 'ID', 'GB', 'IT', 'SG'];

const round2 = (value: number): number => Math.round(value * 100) / 100;
const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/** The built models of public/models/manifest.json, with their fitted sizes. */
export function manifestModels(manifest: ModelManifest = manifestJson as ModelManifest): StressModelSource[] {
  return manifest.models.map((model) => ({
    name: model.name,
    lods: model.lods.map((lod) => lod.file),
    sizeM: [0, 1, 2].map((axis) => round3((model.boundsM.max[axis] ?? 0) - (model.boundsM.min[axis] ?? 0))) as [number, number, number],
  }));
}

/** Checks the options; returns a sentence saying what is wrong, or undefined. */
export function stressOptionsProblem({ exhibits, models, seed }: StressOptions): string | undefined {
  if (!Number.isInteger(exhibits) || exhibits < 1 || exhibits > MAX_STRESS_EXHIBITS) {
    return `exhibits must be a whole number from 1 to ${MAX_STRESS_EXHIBITS}, not ${exhibits}`;
  }
  if (!Number.isInteger(models) || models < 1) return `models must be a whole number ≥ 1, not ${models}`;
  if (models > exhibits) return `models (${models}) cannot exceed exhibits (${exhibits}): every model must be used by an exhibit`;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return `seed must be a whole number from 0 to 4294967295, not ${seed}`;
  return undefined;
}

export function buildStressScene(options: StressOptions, catalogue: readonly StressModelSource[] = manifestModels()): SceneInput {
  const problem = stressOptionsProblem(options);
  if (problem) throw new RangeError(problem);
  if (catalogue.length === 0) throw new RangeError('the model catalogue is empty');
  const random = mulberry32(options.seed);
  const between = (min: number, max: number) => min + random() * (max - min);
  const intBetween = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  // Models: the catalogue first under its own ids, then again as -v2, -v3 … with the same files.
  const models: ModelInput[] = [];
  const modelSizes: [number, number, number][] = [];
  for (let index = 0; index < options.models; index += 1) {
    const source = catalogue[index % catalogue.length] as StressModelSource;
    const version = Math.floor(index / catalogue.length) + 1;
    const colour = `#${Math.floor(random() * 0x1000000).toString(16).padStart(6, '0')}`;
    models.push({
      id: version === 1 ? `model-${source.name}` : `model-${source.name}-v${version}`,
      lods: [...source.lods],
      sizeM: [...source.sizeM],
      color: colour,
    });
    modelSizes.push(source.sizeM);
  }
  const isBig = modelSizes.map(([width, , depth]) => Math.max(width, depth) > BIG_FOOTPRINT_M);

  // Which model each exhibit shows: every model once, the rest weighted (big ones rare), shuffled.
  const weights = isBig.map((big) => (big ? BIG_MODEL_WEIGHT : 1));
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  const pickWeighted = (): number => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const modelOfExhibit = new Int32Array(options.exhibits);
  for (let index = 0; index < options.exhibits; index += 1) modelOfExhibit[index] = index < options.models ? index : pickWeighted();
  for (let index = options.exhibits - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const swap = modelOfExhibit[index] as number;
    modelOfExhibit[index] = modelOfExhibit[other] as number;
    modelOfExhibit[other] = swap;
  }

  // Exhibits per booth: 8–10, the last booth takes what is left.
  const boothSizes: number[] = [];
  for (let left = options.exhibits; left > 0; ) {
    const count = Math.min(left, intBetween(MIN_EXHIBITS_PER_BOOTH, MAX_EXHIBITS_PER_BOOTH));
    boothSizes.push(count);
    left -= count;
  }
  const hallCount = Math.ceil(boothSizes.length / (BOOTHS_PER_ZONE * ZONES_PER_HALL));

  const halls: HallInput[] = [];
  const boothGrids: GridInput[] = [];
  const exhibitors: ExhibitorInput[] = [];
  const exhibits: ExhibitInput[] = [];
  let boothIndex = 0;
  let exhibitIndex = 0;

  for (let hallNumber = 1; hallNumber <= hallCount; hallNumber += 1) {
    const hallId = `hall-${hallNumber}`;
    const doors: NonNullable<HallInput['doors']> = [
      { id: 'entrance', wall: 'south', offsetM: HALL_WIDTH_M / 2, widthM: 8, leadsTo: 'outside', label: { en: `Hall ${hallNumber} entrance` } },
    ];
    if (hallNumber > 1) doors.push({ id: `to-hall-${hallNumber - 1}`, wall: 'west', offsetM: HALL_DEPTH_M / 2, widthM: 6, leadsTo: `hall-${hallNumber - 1}` });
    if (hallNumber < hallCount) doors.push({ id: `to-hall-${hallNumber + 1}`, wall: 'east', offsetM: HALL_DEPTH_M / 2, widthM: 6, leadsTo: `hall-${hallNumber + 1}` });
    const zones: ZoneInput[] = [];

    for (let zoneIndex = 0; zoneIndex < ZONES_PER_HALL && boothIndex < boothSizes.length; zoneIndex += 1) {
      const letter = ZONE_LETTERS[zoneIndex] as string;
      const zoneId = `zone-h${hallNumber}-${letter.toLowerCase()}`;
      const zoneX = WALL_CLEARANCE_M + (zoneIndex % ZONES_ACROSS) * (ZONE_WIDTH_M + ZONE_GAP_M);
      const zoneZ = WALL_CLEARANCE_M + Math.floor(zoneIndex / ZONES_ACROSS) * (ZONE_DEPTH_M + ZONE_GAP_M);
      const category = CATEGORIES[(hallNumber - 1 + zoneIndex) % CATEGORIES.length] as string;
      zones.push({
        id: zoneId,
        name: { en: `Hall ${hallNumber} zone ${letter}: ${category.replace(/-/g, ' ')}` },
        color: ZONE_COLORS[(hallNumber - 1 + zoneIndex) % ZONE_COLORS.length] as string,
        category,
        rect: { x: zoneX, z: zoneZ, width: ZONE_WIDTH_M, depth: ZONE_DEPTH_M },
      });
      const codePrefix = `H${hallNumber}-${letter}-`;

      for (let row = 0; row < ROWS_PER_ZONE && boothIndex < boothSizes.length; row += 1) {
        const columns = Math.min(BOOTHS_PER_ROW, boothSizes.length - boothIndex);
        const pair = Math.floor(row / 2);
        const rowTop = zoneZ + ZONE_MARGIN_M + pair * (2 * BOOTH_DEPTH_M + AISLE_M) + (row % 2) * BOOTH_DEPTH_M;
        const firstNumber = row * BOOTHS_PER_ROW + 1;
        const gridExhibitors: string[] = [];

        for (let column = 0; column < columns; column += 1) {
          const code = `${codePrefix}${String(firstNumber + column).padStart(3, '0')}`;
          const lower = code.toLowerCase();
          const exhibitorId = `stress-${lower}`;
          gridExhibitors.push(exhibitorId);
          exhibitors.push({ id: exhibitorId, name: { en: `Stress exhibitor ${code}` }, country: COUNTRIES[Math.floor(random() * COUNTRIES.length)] as string, sample: true });

          const count = boothSizes[boothIndex] as number;
          const auto = random() < AUTO_ARRANGED_SHARE;
          const slotRows = Math.ceil(count / SLOT_COLUMNS);
          for (let slot = 0; slot < count; slot += 1) {
            const modelIndex = modelOfExhibit[exhibitIndex] as number;
            const big = isBig[modelIndex] === true;
            const exhibit: ExhibitInput = {
              id: `exhibit-${lower}-${slot + 1}`,
              booth: `booth-${lower}`,
              model: (models[modelIndex] as ModelInput).id,
              rotationDeg: intBetween(0, 359),
              scale: round2(big ? between(0.3, 0.5) : between(0.8, 1.2)),
              title: { en: `Stress exhibit ${code} #${slot + 1}` },
            };
            if (!auto) {
              const slotRow = Math.floor(slot / SLOT_COLUMNS);
              const inRow = slotRow === slotRows - 1 ? count - slotRow * SLOT_COLUMNS : SLOT_COLUMNS;
              const usableWidth = BOOTH_WIDTH_M - 2 * SLOT_MARGIN_M;
              const usableDepth = BOOTH_DEPTH_M - 2 * SLOT_MARGIN_M;
              const x = (((slot % SLOT_COLUMNS) + 0.5) / inRow - 0.5) * usableWidth + between(-SLOT_JITTER_M, SLOT_JITTER_M);
              // Back rows first: z runs towards the booth front.
              const z = ((slotRow + 0.5) / slotRows - 0.5) * usableDepth + between(-SLOT_JITTER_M, SLOT_JITTER_M);
              exhibit.offsetM = [round2(x), round2(z)];
            }
            exhibits.push(exhibit);
            exhibitIndex += 1;
          }
          boothIndex += 1;
        }

        boothGrids.push({
          id: `grid-h${hallNumber}-${letter.toLowerCase()}-row-${row + 1}`,
          zone: zoneId,
          codePrefix,
          firstNumber,
          startM: [zoneX + ZONE_MARGIN_M + BOOTH_WIDTH_M / 2, rowTop + BOOTH_DEPTH_M / 2],
          columns,
          along: 'east',
          across: 'south',
          sizeM: [BOOTH_WIDTH_M, BOOTH_DEPTH_M],
          facing: row % 2 === 0 ? 'north' : 'south',
          template: 'inline',
          exhibitors: gridExhibitors,
        });
      }
    }

    halls.push({
      id: hallId,
      name: { en: `Hall ${hallNumber}` },
      sizeM: { width: HALL_WIDTH_M, depth: HALL_DEPTH_M, height: 14 },
      positionM: [(hallNumber - 1) * HALL_WIDTH_M, 0],
      doors,
      zones,
    });
  }

  return {
    version: 1,
    expo: {
      id: `stress-${options.exhibits}-${options.models}-${options.seed}`,
      title: { en: `Stress expo: ${options.exhibits} exhibits, ${options.models} models (seed ${options.seed})` },
      shortTitle: { en: 'Stress expo' },
      dates: { start: '2024-01-01', end: '2024-01-05' },
      venue: { en: 'Generated by npm run gen:stress' },
      defaultHall: 'hall-1',
    },
    halls,
    boothGrids,
    exhibitors,
    exhibits,
    models,
  };
}
