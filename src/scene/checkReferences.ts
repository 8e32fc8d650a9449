/**
 * References between parts of a scene: booth → zone and exhibitor, exhibit → booth and model,
 * door → hall, expo → default hall. An unknown id is an error naming both ends.
 */
import type { UnplacedDiagnostic } from './diagnostics';
import { directionsArePerpendicular, gridBoothCode, type LaidOutScene } from './layout';
import type { SceneIds } from './checkIdentity';
import { echoId } from './echoValue';

/**
 * Ids are echoed through `echoId` although the schema has already made them short kebab-case
 * ASCII: a message must stay readable even if that rule is ever relaxed.
 */
const q = (id: string): string => `'${echoId(id)}'`;
const code = (boothCode: string): string => echoId(boothCode);

export function checkReferences(layout: LaidOutScene, ids: SceneIds, out: UnplacedDiagnostic[]): void {
  const { scene } = layout;
  const { halls: hallIds, zones: zoneIds, exhibitors: exhibitorIds, booths: boothIds, models: modelIds } = ids;

  if (!hallIds.has(scene.expo.defaultHall)) {
    out.push(error('unknown-reference', `expo's default hall ${q(scene.expo.defaultHall)} is not one of the halls (${listIds(hallIds)})`, ['expo', 'defaultHall']));
  }

  scene.halls.forEach((hall, hallIndex) => {
    hall.doors.forEach((door, doorIndex) => {
      if (door.leadsTo === 'outside') return;
      const path = ['halls', hallIndex, 'doors', doorIndex, 'leadsTo'];
      if (door.leadsTo === hall.id) out.push(error('door-to-itself', `door ${q(door.id)} of hall ${q(hall.id)} leads back into the same hall`, path));
      else if (!hallIds.has(door.leadsTo)) out.push(error('unknown-reference', `door ${q(door.id)} of hall ${q(hall.id)} leads to unknown hall ${q(door.leadsTo)}`, path));
      else if (!scene.halls.some((other) => other.id === door.leadsTo && other.doors.some((back) => back.leadsTo === hall.id))) {
        out.push(warning('one-way-door', `door ${q(door.id)} of hall ${q(hall.id)} leads to hall ${q(door.leadsTo)}, which has no door back to ${q(hall.id)}`, path));
      }
    });
  });

  scene.booths.forEach((booth, index) => {
    if (!zoneIds.has(booth.zone)) out.push(error('unknown-reference', `booth ${code(booth.code)} references unknown zone ${q(booth.zone)}`, ['booths', index, 'zone']));
    if (booth.exhibitor !== undefined && !exhibitorIds.has(booth.exhibitor)) {
      out.push(error('unknown-reference', `booth ${code(booth.code)} references unknown exhibitor ${q(booth.exhibitor)}`, ['booths', index, 'exhibitor']));
    }
  });

  scene.boothGrids.forEach((grid, index) => {
    if (!zoneIds.has(grid.zone)) out.push(error('unknown-reference', `booth grid ${q(grid.id)} references unknown zone ${q(grid.zone)}`, ['boothGrids', index, 'zone']));
    if (!directionsArePerpendicular(grid.along, grid.across)) {
      out.push(error('grid-directions', `booth grid ${q(grid.id)} runs "${grid.along}" along its rows, so its rows must lie to a side ("across" must be perpendicular, not "${grid.across}")`, ['boothGrids', index, 'across']));
    }
    const boothCount = grid.columns * grid.rows;
    if (grid.exhibitors.length > boothCount) {
      out.push(error('grid-exhibitors', `booth grid ${q(grid.id)} has ${boothCount} booths but lists ${grid.exhibitors.length} exhibitors`, ['boothGrids', index, 'exhibitors']));
    }
    grid.exhibitors.forEach((exhibitorId, slot) => {
      if (exhibitorId !== null && !exhibitorIds.has(exhibitorId)) {
        out.push(error('unknown-reference', `booth ${code(gridBoothCode(grid, slot))} references unknown exhibitor ${q(exhibitorId)}`, ['boothGrids', index, 'exhibitors', slot]));
      }
    });
  });

  scene.exhibits.forEach((exhibit, index) => {
    if (!boothIds.has(exhibit.booth)) out.push(error('unknown-reference', `exhibit ${q(exhibit.id)} references unknown booth ${q(exhibit.booth)}`, ['exhibits', index, 'booth']));
    if (!modelIds.has(exhibit.model)) out.push(error('unknown-reference', `exhibit ${q(exhibit.id)} references unknown model ${q(exhibit.model)}`, ['exhibits', index, 'model']));
  });

  const exhibitorsWithBooths = new Set<string | undefined>();
  for (const booth of layout.booths) exhibitorsWithBooths.add(booth.exhibitorId);
  scene.exhibitors.forEach((exhibitor, index) => {
    if (!exhibitorsWithBooths.has(exhibitor.id)) out.push(warning('exhibitor-without-booth', `exhibitor ${q(exhibitor.id)} has no booth`, ['exhibitors', index, 'id']));
  });
}

function listIds(ids: ReadonlyMap<string, number>): string {
  const shown = [...ids.keys()].slice(0, 5).map(q);
  return ids.size > 5 ? `${shown.join(', ')} …` : shown.join(', ');
}

export function error(rule: string, message: string, path: (string | number)[]): UnplacedDiagnostic {
  return { severity: 'error', rule, message, path };
}

export function warning(rule: string, message: string, path: (string | number)[]): UnplacedDiagnostic {
  return { severity: 'warning', rule, message, path };
}
