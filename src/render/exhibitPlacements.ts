/**
 * Where each exhibit stands, as one walk over the layout shared by the placeholder boxes and the
 * model batches, so that instance `slot` of the placeholder mesh and the model instances of the
 * same exhibit always agree. Exhibits without a known hall or with a non-finite position are left
 * out (the validator reports them).
 */
import type { Hall, LaidOutScene, PlacedExhibit } from '../scene';
import { BOOTH_PLATFORM_HEIGHT_M } from '../scene';

/** Where an exhibit's model origin goes: on the booth platform, raised by its elevation. */
export interface ExhibitPlacement {
  /** Index among the placed exhibits: the instance index in the placeholder mesh. */
  slot: number;
  placed: PlacedExhibit;
  xM: number;
  /** Height of the model's base (y = 0 of the model), metres. */
  baseYM: number;
  zM: number;
}

/** Calls `visit` for every placed exhibit in slot order; returns the number of slots. */
export function forEachExhibitPlacement(layout: LaidOutScene, visit: (placement: ExhibitPlacement) => void): number {
  const halls: readonly Hall[] = layout.scene.halls;
  let slot = 0;
  const placement: ExhibitPlacement = { slot: 0, placed: undefined as unknown as PlacedExhibit, xM: 0, baseYM: 0, zM: 0 };
  for (const placed of layout.exhibits) {
    const hall = halls[placed.hallIndex];
    if (!hall || !Number.isFinite(placed.xM + placed.zM + placed.yawRad)) continue;
    // One object reused for every exhibit: the walk allocates nothing per exhibit.
    placement.slot = slot;
    placement.placed = placed;
    placement.xM = hall.positionM[0] + placed.xM;
    placement.baseYM = BOOTH_PLATFORM_HEIGHT_M + placed.exhibit.elevationM;
    placement.zM = hall.positionM[1] + placed.zM;
    visit(placement);
    slot += 1;
  }
  return slot;
}
