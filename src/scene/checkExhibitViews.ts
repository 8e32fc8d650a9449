/**
 * A curator's own view of an exhibit (`exhibit.view`): the eye must stand in the exhibit's hall,
 * outside the exhibit, and look somewhere; a view turned away from its exhibit is probably a typo
 * (a point copied from another exhibit) and is warned about. The checks of named viewpoints
 * (`checkTours`) read the same way, so a curator meets one set of words for both.
 */
import { BOOTH_PLATFORM_HEIGHT_M } from './architecture';
import { error, warning } from './checkReferences';
import type { UnplacedDiagnostic } from './diagnostics';
import { beyondHall } from './beyondHall';
import { echoId } from './echoValue';
import { formatMetres, rotateOffset } from './geometry';
import type { LaidOutScene } from './layout';
import type { Model } from './schema';

/** Two points closer than this give no steady heading (as for named viewpoints). */
const MIN_LOOK_DISTANCE_M = 0.1;
/** A view whose look misses the exhibit's centre by more than this is warned about: beyond the picture's edge at 50°. */
const MAX_OFF_AXIS_RAD = (35 * Math.PI) / 180;

const q = (id: string): string => `'${echoId(id)}'`;

export function checkExhibitViews(layout: LaidOutScene, out: UnplacedDiagnostic[]): void {
  const { halls, models } = layout.scene;
  let modelsById: Map<string, Model> | undefined;
  for (const placed of layout.exhibits) {
    const { view } = placed.exhibit;
    if (!view) continue;
    const hall = halls[placed.hallIndex];
    // An exhibit on an unknown booth is reported by the reference checks.
    if (!hall) continue;
    const name = `exhibit ${q(placed.exhibit.id)}`;
    const path = [...placed.path, 'view'];
    const [x, y, z] = view.positionM;
    const [lookX, lookY, lookZ] = view.lookAtM;
    const beyond = beyondHall(view.positionM, hall);
    if (beyond) {
      out.push(error('outside-hall', `${name}: its view stands outside hall ${q(hall.id)} (${beyond})`, [...path, 'positionM']));
      continue;
    }
    modelsById ??= new Map(models.map((model) => [model.id, model]));
    const size = modelsById.get(placed.exhibit.model)?.sizeM ?? [1, 1, 1];
    const scale = placed.exhibit.scale;
    const [localX, localZ] = rotateOffset(x - placed.xM, z - placed.zM, -placed.yawRad);
    const base = BOOTH_PLATFORM_HEIGHT_M + placed.exhibit.elevationM;
    if (Math.abs(localX) < (size[0] * scale) / 2 && Math.abs(localZ) < (size[2] * scale) / 2 && y > base && y < base + size[1] * scale) {
      out.push(error('view-inside-exhibit', `${name}: its view stands inside the exhibit; move "positionM" out of its ${formatBox(size, scale)} box`, [...path, 'positionM']));
      continue;
    }
    const lookDistance = Math.hypot(lookX - x, lookY - y, lookZ - z);
    if (lookDistance < MIN_LOOK_DISTANCE_M) {
      out.push(
        error(
          'viewpoint-direction',
          `${name}: its view looks at the point it stands on; "lookAtM" must be at least ${formatMetres(MIN_LOOK_DISTANCE_M)} from "positionM"`,
          [...path, 'lookAtM'],
        ),
      );
      continue;
    }
    // The exhibit's middle, against the look direction.
    const centreY = base + (size[1] * scale) / 2;
    const toCentre = [placed.xM - x, centreY - y, placed.zM - z] as const;
    const cosine = (toCentre[0] * (lookX - x) + toCentre[1] * (lookY - y) + toCentre[2] * (lookZ - z)) / (Math.hypot(...toCentre) * lookDistance);
    if (Math.acos(Math.max(-1, Math.min(1, cosine))) > MAX_OFF_AXIS_RAD) {
      out.push(
        warning(
          'view-misses-exhibit',
          `${name}: its view looks away from the exhibit, which stands at [${formatPoint(placed.xM)}, ${formatPoint(centreY)}, ${formatPoint(placed.zM)}] in hall ${q(hall.id)}; point "lookAtM" at it`,
          [...path, 'lookAtM'],
        ),
      );
    }
  }
}

function formatPoint(value: number): string {
  return String(Number(value.toFixed(2)));
}

function formatBox(size: readonly [number, number, number], scale: number): string {
  return size.map((side) => formatPoint(side * scale)).join(' × ') + ' m';
}
