/**
 * The navigator of a laid-out scene, with everything it stands on: the floor plan (built once per
 * scene), viewpoints, the place locator and the visitor, over the page's navigation and selection
 * stores. Made outside the 3D view, so the interface (search, the floor plan, the booth list) and
 * the view share the one navigator; the view lends its camera hooks later (`attachView`).
 */
import { buildFloorPlan } from '../../navigation/floorPlan';
import { createPlaceLocator } from '../../navigation/placeLocator';
import { createViewpointFinder } from '../../navigation/viewpoints';
import { createVisitor } from '../../navigation/visitor';
import { defaultHall, VIEW_FOV_DEG } from '../../render/initialView';
import { hallSignViewObstacles, signViewObstacles } from '../../render/signViewObstacles';
import type { LaidOutScene } from '../../scene';
import { navigationStore } from '../../store/navigationStore';
import { selectionStore } from '../../store/selectionStore';
import { createNavigator, type HashHistory, type Navigator } from './navigator';

/** `history`: the page's (`pageHashHistory`), or a fake in tests. */
export function createExpoNavigator(layout: LaidOutScene, history: HashHistory): Navigator {
  const plan = buildFloorPlan(layout);
  return createNavigator({
    plan,
    // Signs are placed by the renderer; the viewpoints keep them out of exhibit views.
    viewpoints: createViewpointFinder(layout, plan, {
      fovDeg: VIEW_FOV_DEG,
      signs: () => signViewObstacles(layout),
      hallSigns: (hallIndex) => hallSignViewObstacles(layout, hallIndex),
    }),
    locate: createPlaceLocator(layout, plan),
    // The first link placement (a cut) stands the visitor where they belong before the first frame.
    visitor: createVisitor(0, 0, 0),
    navigation: navigationStore,
    selection: selectionStore,
    history,
    defaultHallId: defaultHall(layout.scene)?.id,
  });
}
