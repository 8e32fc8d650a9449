/**
 * The expo's signs as view obstacles: every board, post and cable `labelPlacements` hangs, as the
 * boxes navigation's viewpoint chooser keeps out of the line between an eye and an exhibit. Signs
 * are placed here, in the renderer, so navigation (which may not import render) takes them as
 * plain boxes rather than keeping a second copy of their geometry.
 *
 * A door sign's width follows its text, so both languages' boards are listed; every other board
 * and support has the same size in either language.
 */
import type { ViewBox } from '../navigation/viewObstacles';
import type { LaidOutScene } from '../scene';
import { labelPlacements, type LabelBox } from './labels/labelPlacements';

export function signViewObstacles(layout: LaidOutScene): ViewBox[] {
  const boxes: ViewBox[] = [];
  const add = (kind: ViewBox['kind'], owner: string, part: LabelBox): void => {
    boxes.push({ kind, owner, cx: part.xM, cy: part.yM, cz: part.zM, halfX: part.sizeXM / 2, halfY: part.sizeYM / 2, halfZ: part.sizeZM / 2, yawRad: part.yawRad });
  };
  for (const placement of labelPlacements(layout, 'zh')) {
    const owner = placement.kind === 'door' ? '' : placement.id;
    add(placement.kind === 'zone' ? 'zone-sign' : 'sign', owner, placement.board);
    for (const support of placement.supports) add('sign-support', owner, support);
  }
  // Only the doors' boards differ in English: placing zones and booths again would be wasted.
  for (const placement of labelPlacements({ ...layout, zones: [], booths: [] }, 'en')) if (placement.kind === 'door') add('sign', '', placement.board);
  return boxes;
}

/**
 * The signs of one hall: its zone signs and booth fascias, and every door's sign (doors are few).
 * Enough to compose the hall's entrance view without placing every sign of the expo.
 */
export function hallSignViewObstacles(layout: LaidOutScene, hallIndex: number): ViewBox[] {
  return signViewObstacles({
    ...layout,
    zones: layout.zones.filter((placed) => placed.hallIndex === hallIndex),
    booths: layout.booths.filter((booth) => booth.hallIndex === hallIndex),
  });
}
