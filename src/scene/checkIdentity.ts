/**
 * Duplicate ids and booth codes. Ids are how every other part of a scene (and every deep link)
 * refers to a thing, so two things with one id are an error, reported at the second with a pointer
 * to the first.
 */
import type { JsonPath, UnplacedDiagnostic } from './diagnostics';
import { formatJsonPath } from './diagnostics';
import type { LaidOutScene } from './layout';
import { echoId } from './echoValue';

/** Id → index of its first holder, per kind; built once here and shared by the later checks. */
export interface SceneIds {
  halls: ReadonlyMap<string, number>;
  /** Index into `layout.zones`. */
  zones: ReadonlyMap<string, number>;
  /** Index into `layout.booths`. */
  booths: ReadonlyMap<string, number>;
  exhibitors: ReadonlyMap<string, number>;
  models: ReadonlyMap<string, number>;
}

export function checkDuplicateIds(layout: LaidOutScene, out: UnplacedDiagnostic[]): SceneIds {
  const { scene, zones, booths } = layout;
  const collection = <T extends { id: string }>(noun: string, key: string, items: readonly T[]) =>
    reportDuplicates(noun, items.length, (index) => items[index]?.id ?? '', (index) => [key, index, 'id'], out);

  const halls = collection('hall', 'halls', scene.halls);
  const zoneIds = reportDuplicates('zone', zones.length, (index) => zones[index]?.zone.id ?? '', (index) => [...(zones[index]?.path ?? []), 'id'], out);
  scene.halls.forEach((hall, hallIndex) =>
    reportDuplicates(
      'door',
      hall.doors.length,
      (index) => hall.doors[index]?.id ?? '',
      (index) => ['halls', hallIndex, 'doors', index, 'id'],
      out,
      (id) => `hall '${echoId(hall.id)}' has two doors with id '${echoId(id)}'`,
    ),
  );
  collection('booth grid', 'boothGrids', scene.boothGrids);
  // A grid booth's id and code come from the grid's code prefix, so that is where to point.
  const boothPath = (index: number, field: string): JsonPath => {
    const booth = booths[index];
    if (!booth) return [];
    return booth.gridSlot === undefined ? [...booth.path, field] : [...booth.path, 'codePrefix'];
  };
  const madeBy = (index: number): string => {
    const booth = booths[index];
    const grid = booth?.gridSlot === undefined ? undefined : scene.boothGrids[Number(booth.path[1])];
    return grid && booth ? ` (booth grid '${echoId(grid.id)}' makes it for booth ${echoId(booth.code)})` : '';
  };
  const boothIds = reportDuplicates('booth', booths.length, (index) => booths[index]?.id ?? '', (index) => boothPath(index, 'id'), out, undefined, madeBy);
  reportDuplicates('booth code', booths.length, (index) => booths[index]?.code ?? '', (index) => boothPath(index, 'code'), out, (code) => `booth code ${echoId(code)} is used twice`, madeBy);
  const exhibitors = collection('exhibitor', 'exhibitors', scene.exhibitors);
  collection('exhibit', 'exhibits', scene.exhibits);
  const models = collection('model', 'models', scene.models);
  return { halls, zones: zoneIds, booths: boothIds, exhibitors, models };
}

/** Paths are only built for the rare duplicate: scenes hold tens of thousands of ids. */
function reportDuplicates(
  noun: string,
  count: number,
  idAt: (index: number) => string,
  pathAt: (index: number) => JsonPath,
  out: UnplacedDiagnostic[],
  sentence: (id: string) => string = (id) => `duplicate ${noun} id '${echoId(id)}'`,
  origin: (index: number) => string = () => '',
): Map<string, number> {
  const firstIndex = new Map<string, number>();
  for (let index = 0; index < count; index += 1) {
    const id = idAt(index);
    const earlier = firstIndex.get(id);
    if (earlier === undefined) {
      firstIndex.set(id, index);
      continue;
    }
    out.push({
      severity: 'error',
      rule: 'duplicate-id',
      message: `${sentence(id)}${origin(index)}; it is first defined at ${formatJsonPath(pathAt(earlier))}`,
      path: pathAt(index),
    });
  }
  return firstIndex;
}
