/**
 * Hall walls as axis-aligned boxes with openings where the doors are, in hall coordinates.
 *
 * Walls stand just outside the floor (the floor keeps its full size for booths), and the north and
 * south walls run one thickness past each end so the corners close.
 */
import type { CompassDirection, Hall } from '../schema';

export interface WallBox {
  /** Centre in hall coordinates, metres. */
  cx: number;
  cz: number;
  /** Extent east and south, metres. */
  sizeX: number;
  sizeZ: number;
}

/** Pieces shorter than this are left out: a sliver between two doors is not a wall. */
const MIN_PIECE_M = 0.05;

/** The wall boxes of a hall, `thicknessM` thick, with an opening for every door. */
export function wallSegments(hall: Hall, thicknessM: number): WallBox[] {
  const boxes: WallBox[] = [];
  const { width, depth } = hall.sizeM;
  const sides: CompassDirection[] = ['north', 'east', 'south', 'west'];
  for (const wall of sides) {
    const alongX = wall === 'north' || wall === 'south';
    const length = alongX ? width : depth;
    const start = alongX ? -thicknessM : 0;
    const end = alongX ? length + thicknessM : length;
    // Centre line across the wall, just outside the floor.
    const across =
      wall === 'north' ? -thicknessM / 2 : wall === 'south' ? depth + thicknessM / 2 : wall === 'west' ? -thicknessM / 2 : width + thicknessM / 2;

    const gaps = hall.doors
      .filter((door) => door.wall === wall)
      .map((door) => [Math.max(start, door.offsetM - door.widthM / 2), Math.min(end, door.offsetM + door.widthM / 2)] as const)
      .sort((a, b) => a[0] - b[0]);

    let cursor = start;
    const pushPiece = (from: number, to: number): void => {
      if (to - from < MIN_PIECE_M) return;
      const middle = (from + to) / 2;
      boxes.push(
        alongX
          ? { cx: middle, cz: across, sizeX: to - from, sizeZ: thicknessM }
          : { cx: across, cz: middle, sizeX: thicknessM, sizeZ: to - from },
      );
    };
    for (const [gapStart, gapEnd] of gaps) {
      pushPiece(cursor, gapStart);
      cursor = Math.max(cursor, gapEnd);
    }
    pushPiece(cursor, end);
  }
  return boxes;
}
