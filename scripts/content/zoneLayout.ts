/**
 * Floor planning inside one zone, in the way an expo planner draws it:
 *
 * - booths keep ZONE_MARGIN_M from the zone edges, so two touching zones leave an aisle of twice
 *   that between their booths;
 * - featured booths (explicit `booths`) stand in a band along the south edge of the zone, the
 *   side the entrances are on, fronts facing south, centred, AISLE_M apart;
 * - sample booths fill the rest from the north edge in back-to-back double rows (one `boothGrid`
 *   each: two rows, the first facing north and the second south), AISLE_M between double rows;
 * - a double row longer than MAX_BLOCK_M is cut into blocks with a cross aisle between them, so
 *   visitors need not walk round a 60 m row.
 */
import type { Rect } from '../../src/scene/schema';

export const ZONE_MARGIN_M = 2;
export const AISLE_M = 4;
export const CROSS_AISLE_M = 4;
export const MAX_BLOCK_M = 42;
/** Tolerance for sums of widths that should fit exactly. */
const EPSILON_M = 1e-6;

export interface FeaturedFootprint {
  code: string;
  sizeM: [number, number];
}

/** One back-to-back double row (or block of it): becomes one boothGrid. */
export interface SampleDoubleRow {
  /** Centre of the first (north-west) booth, hall metres. */
  startM: [number, number];
  columns: number;
}

export interface ZonePlan {
  featuredCentres: Map<string, [number, number]>;
  sampleRows: SampleDoubleRow[];
}

export function planZone(rect: Rect, featured: readonly FeaturedFootprint[], sampleBoothM: [number, number]): ZonePlan {
  const west = rect.x + ZONE_MARGIN_M;
  const east = rect.x + rect.width - ZONE_MARGIN_M;
  const north = rect.z + ZONE_MARGIN_M;
  const south = rect.z + rect.depth - ZONE_MARGIN_M;

  const { centres, northEdge } = placeFeaturedBand(featured, west, east, south);
  // With a band, the aisle in front of the sample rows is the one already left north of it.
  const sampleSouth = featured.length > 0 ? northEdge - AISLE_M : south;
  return { featuredCentres: centres, sampleRows: placeDoubleRows(west, east, north, sampleSouth, sampleBoothM) };
}

/** Rows of featured booths from the south edge northwards; returns the band's north edge. */
function placeFeaturedBand(featured: readonly FeaturedFootprint[], west: number, east: number, south: number) {
  const centres = new Map<string, [number, number]>();
  let rowSouth = south;
  let row: FeaturedFootprint[] = [];
  const rowWidth = (booths: readonly FeaturedFootprint[]) =>
    booths.reduce((sum, booth) => sum + booth.sizeM[0], 0) + AISLE_M * Math.max(0, booths.length - 1);

  const flush = () => {
    if (row.length === 0) return;
    let x = west + (east - west - rowWidth(row)) / 2;
    for (const booth of row) {
      const [width, depth] = booth.sizeM;
      // Fronts line up along the row's south edge; deeper booths reach further north.
      centres.set(booth.code, [x + width / 2, rowSouth - depth / 2]);
      x += width + AISLE_M;
    }
    rowSouth -= Math.max(...row.map((booth) => booth.sizeM[1])) + AISLE_M;
    row = [];
  };

  for (const booth of featured) {
    if (booth.sizeM[0] > east - west + EPSILON_M) throw new Error(`featured booth ${booth.code} is wider than its zone`);
    if (row.length > 0 && rowWidth([...row, booth]) > east - west + EPSILON_M) flush();
    row.push(booth);
  }
  flush();
  // rowSouth now sits one aisle north of the last row; report the band's own north edge.
  return { centres, northEdge: featured.length > 0 ? rowSouth + AISLE_M : south };
}

function placeDoubleRows(west: number, east: number, north: number, south: number, [width, depth]: [number, number]): SampleDoubleRow[] {
  const innerWidth = east - west;
  const blocks = Math.ceil((innerWidth + CROSS_AISLE_M) / (MAX_BLOCK_M + CROSS_AISLE_M) - EPSILON_M);
  const blockWidth = (innerWidth - (blocks - 1) * CROSS_AISLE_M) / blocks;
  const columns = Math.floor(blockWidth / width + EPSILON_M);
  const pairDepth = 2 * depth;
  const pairs = Math.floor((south - north + AISLE_M) / (pairDepth + AISLE_M) + EPSILON_M);

  const rows: SampleDoubleRow[] = [];
  if (columns < 1) return rows;
  for (let pair = 0; pair < pairs; pair += 1) {
    const top = north + pair * (pairDepth + AISLE_M);
    for (let block = 0; block < blocks; block += 1) {
      // Centre the booths in their block so the spare width goes to the aisles on both sides.
      const blockWest = west + block * (blockWidth + CROSS_AISLE_M) + (blockWidth - columns * width) / 2;
      rows.push({ startM: [blockWest + width / 2, top + depth / 2], columns });
    }
  }
  return rows;
}
