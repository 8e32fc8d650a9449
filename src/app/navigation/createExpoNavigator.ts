/**
 * The navigator of a laid-out scene, with everything it stands on: the floor plan (built once per
 * scene), viewpoints, the place locator and the visitor. Made outside the 3D view, so the interface
 * (search, the floor plan, the booth list) and the view share the one navigator; the view lends
 * its camera hooks later (`attachView`).
 */
import { buildFloorPlan } from '../../navigation/floorPlan';
import { createPlaceLocator } from '../../navigation/placeLocator';
import { createViewpointFinder } from '../../navigation/viewpoints';
import { createVisitor } from '../../navigation/visitor';
import { defaultHall } from '../../render/initialView';
import type { LaidOutScene } from '../../scene';
import { navigationStore, type NavigationStore } from '../../store/navigationStore';
import { selectionStore, type SelectionStore } from '../../store/selectionStore';
import { createNavigator, type HashHistory, type Navigator } from './navigator';

export interface ExpoNavigatorOptions {
  navigation?: NavigationStore;
  selection?: SelectionStore;
  /** The page's hash history by default (`pageHashHistory`); tests pass a fake. */
  history: HashHistory;
}

export function createExpoNavigator(layout: LaidOutScene, { navigation = navigationStore, selection = selectionStore, history }: ExpoNavigatorOptions): Navigator {
  const plan = buildFloorPlan(layout);
  return createNavigator({
    plan,
    viewpoints: createViewpointFinder(layout, plan),
    locate: createPlaceLocator(layout, plan),
    // The first link placement (a cut) stands the visitor where they belong before the first frame.
    visitor: createVisitor(0, 0, 0),
    navigation,
    selection,
    history,
    defaultHallId: defaultHall(layout.scene)?.id,
  });
}
