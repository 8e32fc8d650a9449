/**
 * The visitor's journeys as the page asks for them: a link, the booth list, a click or tap on an
 * exhibit or the floor, the overview button. Decides where to go (viewpoints, paths), starts the
 * motion on the visitor (the frame loop carries it out), keeps the URL and the navigation store
 * in step, and shows a notice for a link to something the expo does not have.
 *
 * Three-free and DOM-free (history and stores are passed in), so it is tested in Node.
 */
import { approach, dropAt, riseToOverview, travelTo, VIEWPOINT_PITCH_RAD, walkTo } from '../../navigation/navigate';
import type { FloorPlan, HallArea } from '../../navigation/floorPlan';
import { formatPlaceHash, samePlace, type Place } from '../../navigation/places';
import type { PlaceLocator } from '../../navigation/placeLocator';
import type { Viewpoint, ViewpointFinder } from '../../navigation/viewpoints';
import { visitorIsBusy, type NavigationMode, type Visitor } from '../../navigation/visitor';
import { dropQueuedMoves, type WalkIntent } from '../../navigation/walkIntent';
import type { NavigationStore } from '../../store/navigationStore';
import type { SelectionStore } from '../../store/selectionStore';

export interface HashHistory {
  /** A new history entry (a journey the visitor may want to come back from). */
  push: (hash: string) => void;
  /** The same entry, updated (walking about). */
  replace: (hash: string) => void;
}

export interface NavigatorDeps {
  plan: FloorPlan;
  viewpoints: ViewpointFinder;
  locate: PlaceLocator;
  visitor: Visitor;
  navigation: NavigationStore;
  selection: SelectionStore;
  history: HashHistory;
  defaultHallId: string | undefined;
  /** Sets the orbit controls' target when the overview takes over. */
  setOrbitTarget: (target: readonly [number, number, number]) => void;
  /** Asks for frames: a journey has started. */
  wake: () => void;
  /** Copies the camera's pose into `visitor.camera`: in the overview the orbit controls have moved it. */
  syncCamera: () => void;
  /** The page's walk intent: a new journey drops the wheel steps and look turns still queued in it. */
  intent: WalkIntent;
}

export type HistoryMode = 'push' | 'replace' | 'none';

export interface GoOptions {
  history: HistoryMode;
  /** False for the first placement of a visit: a cut, whatever the motion setting. */
  animate: boolean;
}

export interface Navigator {
  /** Takes the visitor to a hall's entrance, in front of a booth, or up to an exhibit. Returns false for an unknown id (after showing the notice and the entrance). */
  goTo: (place: Place, options: GoOptions) => boolean;
  /** A click or tap in the view: on an exhibit (its id) or on the floor at (x, z) (undefined when the sky). */
  tap: (exhibitId: string | undefined, floor: readonly [number, number] | undefined) => void;
  setMode: (mode: NavigationMode) => void;
  /** Brings the URL and the store up to date with where the visitor stands (from a timer). */
  trackPlace: () => void;
}

/**
 * A place the visitor was taken to (a link, the list, a tap on an exhibit) stays the place until
 * they walk this far from where they arrived: the URL keeps naming what they asked for, not the
 * nearest booth to where it happened to put them.
 */
const STAY_M = 2;

export function createNavigator(deps: NavigatorDeps): Navigator {
  const { plan, viewpoints, visitor, navigation, selection, history } = deps;
  let lastHall: HallArea | undefined = plan.halls.find((hall) => hall.id === deps.defaultHallId) ?? plan.halls[0];
  let stay: { place: Place; xM: number; zM: number } | undefined;
  const motion = () => ({ reducedMotion: navigation.getState().reducedMotion });

  const record = (place: Place, mode: HistoryMode): void => {
    navigation.getState().reportPlace(place);
    if (mode === 'push') history.push(formatPlaceHash(place));
    else if (mode === 'replace') history.replace(formatPlaceHash(place));
  };

  const hallById = (id: string): HallArea | undefined => plan.halls.find((hall) => hall.id === id);
  /**
   * Before a journey: out of the overview it starts where the orbit controls left the camera, and
   * the tail of an earlier wheel or pinch gesture must not cut it short.
   */
  const beforeJourney = (): void => {
    dropQueuedMoves(deps.intent);
    if (visitor.mode === 'overview' && !visitor.flight) deps.syncCamera();
  };

  /** Starts `move` towards `viewpoint`, which shows `place`, and makes that place the visitor's. */
  const arrive = (viewpoint: Viewpoint, place: Place, mode: HistoryMode, move: () => void): void => {
    move();
    navigation.getState().reportMode('walk');
    lastHall = hallById(viewpoint.hallId) ?? lastHall;
    stay = { place, xM: viewpoint.xM, zM: viewpoint.zM };
    record(place, mode);
    deps.wake();
  };

  const goTo = (place: Place, { history: mode, animate }: GoOptions): boolean => {
    beforeJourney();
    const viewpoint =
      place.kind === 'hall' ? viewpoints.hallEntrance(place.id) : place.kind === 'booth' ? viewpoints.booth(place.id) : viewpoints.exhibit(place.id);
    const travelMotion = { reducedMotion: !animate || navigation.getState().reducedMotion };
    if (!viewpoint) {
      const hallId = deps.defaultHallId ?? plan.halls[0]?.id;
      const entrance = hallId === undefined ? undefined : viewpoints.hallEntrance(hallId);
      navigation.getState().showNotice({ place, hallId: hallId ?? '' });
      // The broken link is replaced, so reloading shows the entrance without the notice.
      if (entrance && hallId !== undefined) arrive(entrance, { kind: 'hall', id: hallId }, mode === 'none' ? 'none' : 'replace', () => travelTo(visitor, entrance, travelMotion, 0));
      return false;
    }
    // A journey that worked replaces the message about one that did not.
    if (navigation.getState().notice) navigation.getState().showNotice(undefined);
    if (place.kind === 'exhibit') selection.getState().select(place.id);
    // A hall is looked across (level); a booth or exhibit a little down at.
    arrive(viewpoint, place, mode, () => travelTo(visitor, viewpoint, travelMotion, place.kind === 'hall' ? 0 : VIEWPOINT_PITCH_RAD));
    return true;
  };

  const tap: Navigator['tap'] = (exhibitId, floor) => {
    beforeJourney();
    const overview = navigation.getState().mode === 'overview';
    if (exhibitId !== undefined) {
      const viewpoint = viewpoints.exhibit(exhibitId);
      if (!viewpoint) return;
      // From above, a flight down in front of it; walking, a walk up to it.
      arrive(viewpoint, { kind: 'exhibit', id: exhibitId }, 'push', () =>
        overview ? travelTo(visitor, viewpoint, motion()) : approach(visitor, plan, viewpoint, motion()),
      );
      return;
    }
    if (!floor) return;
    const [xM, zM] = floor;
    const moved = overview ? dropAt(visitor, plan, xM, zM, motion()) : walkTo(visitor, plan, xM, zM, motion());
    if (!moved) return;
    navigation.getState().reportMode('walk');
    stay = undefined;
    deps.wake();
  };

  const setMode = (mode: NavigationMode): void => {
    if (mode === navigation.getState().mode && !visitorIsBusy(visitor)) return;
    beforeJourney();
    if (mode === 'overview') {
      const hall = plan.hallAt(visitor.ground.xM, visitor.ground.zM) ?? lastHall;
      if (!hall) return;
      deps.setOrbitTarget(riseToOverview(visitor, hall, motion()));
    } else {
      // Back down to where the visitor last stood.
      travelTo(visitor, { xM: visitor.ground.xM, zM: visitor.ground.zM, yawRad: visitor.ground.yawRad, hallId: '' }, motion());
    }
    navigation.getState().reportMode(mode);
    deps.wake();
  };

  const trackPlace = (): void => {
    if (visitor.mode !== 'walk' || visitor.flight) return;
    const { xM, zM } = visitor.ground;
    lastHall = plan.hallAt(xM, zM) ?? lastHall;
    if (stay && Math.hypot(xM - stay.xM, zM - stay.zM) <= STAY_M) {
      if (!samePlace(navigation.getState().place, stay.place)) record(stay.place, 'replace');
      return;
    }
    // While a route is still being walked, the place at its end stays the place.
    if (stay && visitorIsBusy(visitor)) return;
    stay = undefined;
    const place = deps.locate(xM, zM, visitor.ground.yawRad);
    if (!place || samePlace(place, navigation.getState().place)) return;
    record(place, 'replace');
  };

  return { goTo, tap, setMode, trackPlace };
}
