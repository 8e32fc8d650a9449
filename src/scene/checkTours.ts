/**
 * Guided tours and the viewpoints they lead to: every stop must lead somewhere a visitor can be
 * taken, and every viewpoint must stand in its hall and look somewhere.
 *
 * The schema makes a stop's `exhibit`, `booth` and `viewpoint` each optional, and this check asks
 * for exactly one: as a zod union of three shapes, a stop naming two read "must be an object or an
 * object or an object", where a curator needs "give exactly one of …" at the stop itself.
 * Viewpoints are a top-level list named by id rather than objects written in the stop: written in
 * the stop, their `[x, y, z]` points sat 7 levels deep, one more than any other part of a scene,
 * and a view used by two tours had to be written twice.
 *
 * Stops are named "stop 3 of tour 'x'" counting from 1, as the tour player shows them ("3 / 9");
 * the JSON path at the end of each line still says `stops[2]`.
 */
import type { JsonPath, UnplacedDiagnostic } from './diagnostics';
import { formatJsonPath } from './diagnostics';
import { error, warning } from './checkReferences';
import type { SceneIds } from './checkIdentity';
import { beyondHall } from './beyondHall';
import { echoId } from './echoValue';
import { formatMetres } from './geometry';
import type { LaidOutScene } from './layout';
import type { Scene, SceneViewpoint, TourStop } from './schema';

const q = (id: string): string => `'${echoId(id)}'`;

/** The fields a stop may lead to; exactly one of them is written. */
const TARGETS = ['exhibit', 'booth', 'viewpoint'] as const;

/** A view direction needs two distinct points; 10 cm apart still gives a steady heading. */
const MIN_LOOK_DISTANCE_M = 0.1;

export function checkTours(layout: LaidOutScene, ids: SceneIds, out: UnplacedDiagnostic[]): void {
  const { scene } = layout;
  const viewpointIds = checkViewpoints(scene, ids, out);
  // The exhibit map below costs a pass over every exhibit; a scene without tours skips it.
  if (!scene.tours || scene.tours.length === 0) return;
  const exhibitIndex = new Map<string, number>();
  scene.exhibits.forEach((exhibit, index) => {
    if (!exhibitIndex.has(exhibit.id)) exhibitIndex.set(exhibit.id, index);
  });

  const tourIds = new Map<string, number>();
  scene.tours.forEach((tour, tourIndex) => {
    reportDuplicate('tour', tour.id, tourIds, tourIndex, 'tours', out);
    tour.stops.forEach((stop, stopIndex) => {
      const path: JsonPath = ['tours', tourIndex, 'stops', stopIndex];
      const name = `stop ${stopIndex + 1} of tour ${q(tour.id)}`;
      const written = TARGETS.filter((target) => stop[target] !== undefined);
      if (written.length !== 1) {
        // Leading nowhere points at the stop; leading twice, at the second target written.
        const at = written.length === 0 ? [...path] : [...path, written[1] ?? ''];
        out.push(error('tour-stop-target', `${name} ${targetProblem(written)}; give exactly one of "exhibit", "booth" or "viewpoint"`, at));
        return;
      }
      checkTarget(stop, name, path);
    });
  });

  function checkTarget(stop: TourStop, name: string, path: JsonPath): void {
    if (stop.exhibit !== undefined) {
      const index = exhibitIndex.get(stop.exhibit);
      const exhibit = index === undefined ? undefined : scene.exhibits[index];
      if (!exhibit) out.push(error('unknown-reference', `${name} references unknown exhibit ${q(stop.exhibit)}`, [...path, 'exhibit']));
      else if (exhibit.role === 'furniture') {
        out.push(
          warning(
            'tour-stop-furniture',
            `${name} shows ${q(exhibit.id)}, which is stand furniture ("role": "furniture"); show the exhibit it stands beside, or its booth`,
            [...path, 'exhibit'],
          ),
        );
      }
    } else if (stop.booth !== undefined) {
      if (!ids.booths.has(stop.booth)) out.push(error('unknown-reference', `${name} references unknown booth ${q(stop.booth)}`, [...path, 'booth']));
    } else if (stop.viewpoint !== undefined && !viewpointIds.has(stop.viewpoint)) {
      out.push(error('unknown-reference', `${name} references unknown viewpoint ${q(stop.viewpoint)}`, [...path, 'viewpoint']));
    }
  }
}

/** Duplicate ids, halls that exist, an eye inside its hall, a direction to look in. */
function checkViewpoints(scene: Scene, ids: SceneIds, out: UnplacedDiagnostic[]): ReadonlyMap<string, number> {
  const viewpointIds = new Map<string, number>();
  scene.viewpoints?.forEach((viewpoint, index) => {
    const path: JsonPath = ['viewpoints', index];
    reportDuplicate('viewpoint', viewpoint.id, viewpointIds, index, 'viewpoints', out);
    const hallIndex = ids.halls.get(viewpoint.hall);
    const hall = hallIndex === undefined ? undefined : scene.halls[hallIndex];
    if (!hall) {
      out.push(error('unknown-reference', `viewpoint ${q(viewpoint.id)} references unknown hall ${q(viewpoint.hall)}`, [...path, 'hall']));
      return;
    }
    const beyond = beyondHall(viewpoint.positionM, hall);
    if (beyond) {
      out.push(error('outside-hall', `viewpoint ${q(viewpoint.id)} stands outside hall ${q(hall.id)} (${beyond})`, [...path, 'positionM']));
    } else if (lookDistanceM(viewpoint) < MIN_LOOK_DISTANCE_M) {
      out.push(
        error(
          'viewpoint-direction',
          `viewpoint ${q(viewpoint.id)} looks at the point it stands on; "lookAtM" must be at least ${formatMetres(MIN_LOOK_DISTANCE_M)} from "positionM"`,
          [...path, 'lookAtM'],
        ),
      );
    }
  });
  return viewpointIds;
}

/** Records `id`, or reports it at the second holder with a pointer to the first, as `checkDuplicateIds` does. */
function reportDuplicate(noun: string, id: string, seen: Map<string, number>, index: number, key: string, out: UnplacedDiagnostic[]): void {
  const first = seen.get(id);
  if (first === undefined) {
    seen.set(id, index);
    return;
  }
  out.push({
    severity: 'error',
    rule: 'duplicate-id',
    message: `duplicate ${noun} id ${q(id)}; it is first defined at ${formatJsonPath([key, first, 'id'])}`,
    path: [key, index, 'id'],
  });
}

function targetProblem(written: readonly string[]): string {
  if (written.length === 0) return 'leads nowhere';
  const quoted = written.map((target) => `"${target}"`);
  return quoted.length === 2 ? `names both ${quoted.join(' and ')}` : `names ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

function lookDistanceM({ positionM: [x, y, z], lookAtM: [lookX, lookY, lookZ] }: SceneViewpoint): number {
  return Math.hypot(lookX - x, lookY - y, lookZ - z);
}
