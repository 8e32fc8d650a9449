/**
 * The first picture of a hall, seen from just inside its entrance: turned and tilted so a zone
 * sign hangs whole in the middle of the picture, clear of the interface at the top and bottom of
 * the screen. Issue 12: the default expo opened looking straight in from the door, at an island
 * booth's name board 5 m away cut off behind the toolbar, with the zone signs (hung 6 m up, 10 m
 * in, facing the entrance) beside or above the picture.
 *
 * The heading is tried every 5° up to 60° either side of straight in; the one that shows the most
 * zone signs of the hall whole (within 85 % of the picture's width at the narrowest landscape
 * aspect) wins, then the one with fewest booth boards near the door (within 12 m) in the picture
 * (the first try framed the zone sign with N-003's board looming half out of the picture), then
 * the one turning least; the pitch puts the middle of those signs at the middle of the picture's
 * height, where neither a header nor a toolbar reaches. A hall without zone signs in reach is
 * looked into straight and level, as before.
 */
import type { LaidOutScene } from '../scene';
import { EYE_HEIGHT_M, MAX_PITCH_RAD } from './cameraPose';
import { boxCorners, projectPoint, type ViewFrustum } from './frameBox';
import type { ViewBox } from './viewObstacles';

/** Share of the picture's width a framed sign may fill. */
const WIDTH_SHARE = 0.85;
const STEP_RAD = (5 * Math.PI) / 180;
const MAX_TURN_RAD = Math.PI / 3;
/** Boards nearer the door than this spoil the picture when they show, metres. */
const CLUTTER_M = 12;
/** Steepest look up at the signs: above it the picture is mostly ceiling. */
const MAX_LOOK_UP_RAD = Math.min(MAX_PITCH_RAD, 0.45);

const _corners = new Float64Array(24);

/**
 * The heading and pitch for the entrance viewpoint at (x, z) looking `yawRad` into the hall
 * `hallIndex`, given the zone signs among `signs`; `{ pitchRad: 0 }` when no sign can be framed.
 */
export function composeHallEntrance(
  layout: LaidOutScene,
  hallIndex: number,
  entrance: { xM: number; zM: number; yawRad: number },
  frustum: ViewFrustum,
  signs: readonly ViewBox[],
): { yawRad: number; pitchRad: number } {
  const hall = layout.scene.halls[hallIndex];
  const level = { yawRad: entrance.yawRad, pitchRad: 0 };
  if (!hall) return level;
  const [x0, z0] = hall.positionM;
  const inHall = signs.filter(
    (sign) => sign.kind === 'zone-sign' && sign.cx >= x0 && sign.cx <= x0 + hall.sizeM.width && sign.cz >= z0 && sign.cz <= z0 + hall.sizeM.depth,
  );
  const near = signs.filter((sign) => sign.kind === 'sign' && Math.hypot(sign.cx - entrance.xM, sign.cz - entrance.zM) < CLUTTER_M);
  let best: { yawRad: number; pitchRad: number; count: number; clutter: number } | undefined;
  for (let step = 0; step * STEP_RAD <= MAX_TURN_RAD + 1e-9; step += 1) {
    for (const side of step === 0 ? [0] : [1, -1]) {
      const turn = side * step * STEP_RAD;
      const yawRad = entrance.yawRad + turn;
      // Which signs fit across the picture, looking level; then the pitch that centres them.
      const fitting = inHall.filter((sign) => fitsAcross(entrance.xM, entrance.zM, yawRad, sign, frustum));
      if (fitting.length === 0 || (best && fitting.length < best.count)) continue;
      const pitchRad = Math.min(MAX_LOOK_UP_RAD, Math.max(0, centrePitch(entrance.xM, entrance.zM, fitting)));
      const clutter = near.filter((sign) => showsAtAll(entrance.xM, entrance.zM, yawRad, pitchRad, sign, frustum)).length;
      // Tries come in order of turn, so a tie keeps the smaller turn.
      if (best && fitting.length === best.count && clutter >= best.clutter) continue;
      best = { yawRad, pitchRad, count: fitting.length, clutter };
    }
  }
  return best ? { yawRad: best.yawRad, pitchRad: best.pitchRad } : level;
}

function fitsAcross(xM: number, zM: number, yawRad: number, sign: ViewBox, frustum: ViewFrustum): boolean {
  const corners = boxCorners(sign, _corners);
  for (let at = 0; at < 24; at += 3) {
    const [x, , depth] = projectPoint(xM, EYE_HEIGHT_M, zM, yawRad, 0, frustum, corners[at] ?? 0, corners[at + 1] ?? 0, corners[at + 2] ?? 0);
    if (depth <= 0.1 || Math.abs(x) > WIDTH_SHARE) return false;
  }
  return true;
}

/** Whether any corner of `sign` is in the picture. */
function showsAtAll(xM: number, zM: number, yawRad: number, pitchRad: number, sign: ViewBox, frustum: ViewFrustum): boolean {
  const corners = boxCorners(sign, _corners);
  for (let at = 0; at < 24; at += 3) {
    const [x, y, depth] = projectPoint(xM, EYE_HEIGHT_M, zM, yawRad, pitchRad, frustum, corners[at] ?? 0, corners[at + 1] ?? 0, corners[at + 2] ?? 0);
    if (depth > 0.1 && Math.abs(x) <= 1 && Math.abs(y) <= 1) return true;
  }
  return false;
}

/** Halfway between the lowest and highest looks at the signs' middles. */
function centrePitch(xM: number, zM: number, signs: readonly ViewBox[]): number {
  let low = Infinity;
  let high = -Infinity;
  for (const sign of signs) {
    const angle = Math.atan2(sign.cy - EYE_HEIGHT_M, Math.hypot(sign.cx - xM, sign.cz - zM));
    low = Math.min(low, angle);
    high = Math.max(high, angle);
  }
  return (low + high) / 2;
}
