/**
 * Duplicate ids and booth codes. Ids are how every other part of a scene (and every deep link)
 * refers to a thing, so two things with one id are an error, reported at the second with a pointer
 * to the first.
 */
import type { JsonPath, UnplacedDiagnostic } from './diagnostics';
import { formatJsonPath } from './diagnostics';
import type { LaidOutScene } from './layout';

interface Named {
  id: string;
  path: JsonPath;
}

export function checkDuplicateIds(layout: LaidOutScene, out: UnplacedDiagnostic[]): void {
  const { scene } = layout;
  reportDuplicates('hall', scene.halls.map((hall, index) => ({ id: hall.id, path: ['halls', index, 'id'] })), out);
  reportDuplicates('zone', layout.zones.map((placed) => ({ id: placed.zone.id, path: [...placed.path, 'id'] })), out);
  scene.halls.forEach((hall, hallIndex) =>
    reportDuplicates(
      `door of hall '${hall.id}' with id`,
      hall.doors.map((door, index) => ({ id: door.id, path: ['halls', hallIndex, 'doors', index, 'id'] })),
      out,
    ),
  );
  reportDuplicates('booth grid', scene.boothGrids.map((grid, index) => ({ id: grid.id, path: ['boothGrids', index, 'id'] })), out);
  reportDuplicates(
    'booth',
    layout.booths.map((booth) => ({ id: booth.id, path: booth.gridSlot === undefined ? [...booth.path, 'id'] : booth.path })),
    out,
  );
  reportDuplicates(
    'booth code',
    layout.booths.map((booth) => ({ id: booth.code, path: booth.gridSlot === undefined ? [...booth.path, 'code'] : booth.path })),
    out,
    (code) => `booth code ${code} is used twice`,
  );
  reportDuplicates('exhibitor', scene.exhibitors.map((item, index) => ({ id: item.id, path: ['exhibitors', index, 'id'] })), out);
  reportDuplicates('exhibit', scene.exhibits.map((item, index) => ({ id: item.id, path: ['exhibits', index, 'id'] })), out);
  reportDuplicates('model', scene.models.map((item, index) => ({ id: item.id, path: ['models', index, 'id'] })), out);
}

function reportDuplicates(
  noun: string,
  items: readonly Named[],
  out: UnplacedDiagnostic[],
  sentence: (id: string) => string = (id) => `duplicate ${noun} id '${id}'`,
): void {
  const first = new Map<string, Named>();
  for (const item of items) {
    const earlier = first.get(item.id);
    if (!earlier) {
      first.set(item.id, item);
      continue;
    }
    out.push({
      severity: 'error',
      rule: 'duplicate-id',
      message: `${sentence(item.id)}; it is first defined at ${formatJsonPath(earlier.path)}`,
      path: item.path,
    });
  }
}
