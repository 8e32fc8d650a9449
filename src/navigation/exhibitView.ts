/**
 * Where to stand to see an exhibit, and how to hold the camera: the walk-up point of a good
 * photograph of it. Issue 12 found walk-up points with an island booth's sign post in the middle
 * of the picture (Hualong One, Guohe One, FAST, the gas turbine) and FAST's dish out of sight.
 *
 * The chooser works from the exhibit's box (its model's size, scale, elevation and turn, as the
 * renderer places it) and the booth it stands in:
 * - distance: the nearest at which the whole box fits in the picture (90 % of it) for the app's
 *   vertical field of view and a 4:3 picture (the narrowest landscape screen; a wider one only
 *   adds room at the sides), so a 9 m gas turbine is seen from further back than a 0.6 m robot;
 * - pitch: halfway between the looks down at its foot and up at its top, so tall and low exhibits
 *   are centred, not cut at the top or bottom;
 * - eye height: a standing visitor's, except for wide, low exhibits (a footprint at least twice
 *   their height: FAST, the gas turbine), which are looked down on from up to 4.5 m, as from a
 *   viewing step or a camera held high: FAST's dish lies below a standing eye (its rim is 1.3 m up,
 *   its towers 2.6 m), and from 1.6 m only a sliver of its far side showed;
 * - direction: the exhibit's front first, then ever further round, preferring the sides through
 *   which its booth opens onto an aisle (an inline booth only at its front; an island all round);
 * - never a post, sign, wall, booth wall or other exhibit on the line from the eye to the
 *   exhibit's centre (3D boxes, `viewObstacles`), and on free floor of the exhibit's hall.
 * Among the spots that pass, the cheapest wins: turning away from the front costs, standing
 * further back than needed costs a little, corners of the box hidden behind something cost.
 *
 * Tried first: keeping the old rings (1.2 × the footprint, ×1–3) and only adding the 3D ray test;
 * FAST then stood 9.6 m off, level with its rim, and still saw no dish.
 */
import type { PlacedBooth, PlacedExhibit } from '../scene';
import { EYE_HEIGHT_M } from './cameraPose';
import { boxCorners, frameBox, type ViewFrustum } from './frameBox';
import type { FloorPlan } from './floorPlan';
import type { ViewBox, ViewObstacleIndex } from './viewObstacles';

export interface ExhibitView {
  xM: number;
  zM: number;
  eyeYM: number;
  yawRad: number;
  pitchRad: number;
}

/** The share of the picture the box may fill, each way: a margin round it. */
export const FIT_EXTENT = 0.9;
/** Highest eye for looking down on a wide, low exhibit, metres: under the zone signs (6 m). */
export const MAX_RAISED_EYE_M = 4.5;
/** A footprint this many times its height or wider makes an exhibit "wide and low". */
const WIDE_LOW_RATIO = 2;
/** Turns tried round the exhibit: every 15°. */
const TURNS = 24;
/** Distances tried beyond the fitting one, metres. */
const EXTRA_DISTANCE_M = 6;
const DISTANCE_STEP_M = 0.25;
/** Least gap between the eye and the exhibit's footprint, metres: a visitor's radius and a little. */
const MIN_GAP_M = 0.5;
/** How much further than the fitting distance the search for a fit goes, metres. */
const MAX_FIT_SEARCH_M = 40;

/** The eye height for an exhibit of this box: raised over wide, low exhibits (see the module note). */
export function exhibitEyeHeightM(box: ViewBox): number {
  const widest = 2 * Math.max(box.halfX, box.halfZ);
  const height = 2 * box.halfY;
  const top = box.cy + box.halfY;
  if (widest < WIDE_LOW_RATIO * height) return EYE_HEIGHT_M;
  return Math.max(EYE_HEIGHT_M, Math.min(MAX_RAISED_EYE_M, top + widest / 4));
}

/** Which sides of a booth open onto the floor (booth frame: front, back, −x side, +x side). */
function openSides(booth: PlacedBooth | undefined): { front: boolean; back: boolean; left: boolean; right: boolean } {
  switch (booth?.template) {
    case 'inline':
      return { front: true, back: false, left: false, right: false };
    case 'corner':
      // The side wall is at −x (boothPanels `side(-1)`).
      return { front: true, back: false, left: false, right: true };
    case 'peninsula':
      return { front: true, back: false, left: true, right: true };
    default:
      return { front: true, back: true, left: true, right: true };
  }
}

/**
 * The cost of looking from direction (dx, dz) (unit, from the exhibit towards the eye): 0 straight
 * in front of the exhibit, more the further round; more again through a side where the booth is
 * walled, and a little for leaving by a side of the booth other than its front.
 */
function directionCost(dx: number, dz: number, placed: PlacedExhibit, booth: PlacedBooth | undefined): number {
  const turn = Math.acos(Math.max(-1, Math.min(1, dx * Math.sin(placed.yawRad) + dz * Math.cos(placed.yawRad))));
  if (!booth) return turn;
  // In the booth frame: x along its front, z towards it.
  const yaw = booth.rect.yawRad;
  const along = dx * Math.cos(yaw) - dz * Math.sin(yaw);
  const towardsFront = dx * Math.sin(yaw) + dz * Math.cos(yaw);
  const open = openSides(booth);
  const side = Math.abs(towardsFront) >= Math.abs(along) ? (towardsFront >= 0 ? 'front' : 'back') : along >= 0 ? 'right' : 'left';
  return turn + (open[side] ? 0 : 3) + (side === 'front' ? 0 : 0.4);
}

const _corners = new Float64Array(24);

/**
 * The best view of the exhibit whose box is `box`, or undefined when no free spot of its hall sees
 * its centre.
 */
export function chooseExhibitView(
  plan: FloorPlan,
  placed: PlacedExhibit,
  box: ViewBox,
  booth: PlacedBooth | undefined,
  obstacles: ViewObstacleIndex,
  frustum: ViewFrustum,
): ExhibitView | undefined {
  const eyeY = exhibitEyeHeightM(box);
  // An exhibit hidden from every spot at eye height (a back row behind taller ones in a packed
  // booth) is seen over them, as a camera held up over a crowd.
  let tried = -1;
  for (const lift of EYE_LIFTS_M) {
    const height = Math.min(MAX_RAISED_EYE_M, eyeY + lift);
    // Capped, a further lift would search the same height again.
    if (height === tried) continue;
    tried = height;
    const view = viewFromHeight(plan, placed, box, booth, obstacles, frustum, height);
    if (view) return view;
  }
  return undefined;
}

/** Eye lifts tried in turn when nothing is seen from lower, metres. */
const EYE_LIFTS_M = [0, 0.6, 1.2, 2];

function viewFromHeight(
  plan: FloorPlan,
  placed: PlacedExhibit,
  box: ViewBox,
  booth: PlacedBooth | undefined,
  obstacles: ViewObstacleIndex,
  frustum: ViewFrustum,
  eyeY: number,
): ExhibitView | undefined {
  const reach = Math.hypot(box.halfX, box.halfZ);
  const minDistance = reach + MIN_GAP_M;
  const owner = box.owner;
  const corners = boxCorners(box, _corners);
  const standable = (x: number, z: number): boolean => plan.isFree(x, z) && plan.hallAt(x, z)?.index === placed.hallIndex;
  const seesCentre = (x: number, z: number): boolean => obstacles.firstHit(x, eyeY, z, box.cx, box.cy, box.cz, owner) === undefined;
  const hiddenCorners = (x: number, z: number): number => {
    let hidden = 0;
    for (let at = 0; at < 24; at += 3) {
      // Aim a hair inside the corner, so the exhibit's own neighbours touching it do not count.
      const cx = box.cx + ((corners[at] ?? 0) - box.cx) * 0.95;
      const cy = box.cy + ((corners[at + 1] ?? 0) - box.cy) * 0.95;
      const cz = box.cz + ((corners[at + 2] ?? 0) - box.cz) * 0.95;
      if (obstacles.firstHit(x, eyeY, z, cx, cy, cz, owner) !== undefined) hidden += 1;
    }
    return hidden;
  };

  let best: (ExhibitView & { cost: number }) | undefined;
  for (let turn = 0; turn < TURNS; turn += 1) {
    const angle = placed.yawRad + (turn * 2 * Math.PI) / TURNS;
    const dx = Math.sin(angle);
    const dz = Math.cos(angle);
    const angleCost = directionCost(dx, dz, placed, booth);
    if (best && angleCost >= best.cost) continue;
    // The nearest distance at which the whole box fits.
    let fitDistance = minDistance;
    while (fitDistance < minDistance + MAX_FIT_SEARCH_M && frameBox(box.cx + dx * fitDistance, eyeY, box.cz + dz * fitDistance, box, frustum).extent > FIT_EXTENT) {
      fitDistance += DISTANCE_STEP_M;
    }
    // From the fitting distance outwards, then (cut off at the edges, but seen) inwards.
    for (let step = 0; ; step += 1) {
      const outwards = step * DISTANCE_STEP_M <= EXTRA_DISTANCE_M;
      const distance = outwards ? fitDistance + step * DISTANCE_STEP_M : fitDistance - (step * DISTANCE_STEP_M - EXTRA_DISTANCE_M);
      if (!outwards && distance < minDistance) break;
      const cost = angleCost + (outwards ? 0.1 * (distance - fitDistance) : 1.5 + 0.5 * (fitDistance - distance));
      // Costs only grow from here: outwards by the extra distance, inwards (always dearer) by the cut.
      if (best && cost >= best.cost) break;
      const x = box.cx + dx * distance;
      const z = box.cz + dz * distance;
      if (!standable(x, z) || !seesCentre(x, z)) continue;
      const total = cost + 0.15 * hiddenCorners(x, z);
      if (best && total >= best.cost) continue;
      const framing = frameBox(x, eyeY, z, box, frustum);
      best = { xM: x, zM: z, eyeYM: eyeY, yawRad: framing.yawRad, pitchRad: framing.pitchRad, cost: total };
    }
  }
  if (!best) return undefined;
  return { xM: best.xM, zM: best.zM, eyeYM: best.eyeYM, yawRad: best.yawRad, pitchRad: best.pitchRad };
}
