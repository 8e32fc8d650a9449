/**
 * The navigator: the one owner of the visitor's journeys (`ExpoNavigator`). Links, the booth list,
 * search, the floor plan, clicks and taps in the view and the toolbar all call it. It decides where
 * to go (viewpoints, routes through the doors between halls), starts the motion on the visitor
 * (the frame loop carries it out through `step`), and, from a timer (`tick`, never the frame
 * loop), notices arrival or interruption: on arrival the target's panel opens and the address
 * becomes its link; a visitor taking the controls back ends the journey and its route disappears.
 *
 * A guide (the guided tour) may take the lead (`lead`): its journeys are its own, it hears when the
 * visitor arrives, and it is told, once, when anything else moves the visitor (a walking key, a
 * drag, the wheel, the joystick, Escape, a search result, the floor plan, a link): the visitor or
 * another part of the page has taken over, and the tour pauses.
 *
 * Three-free and DOM-free (history, stores and the view's hooks are passed in), so it is tested in
 * Node; the 3D view attaches its camera hooks with `attachView`.
 */
import type { ExpoNavigator, GoOptions, HistoryMode, Travel } from '../../navigation/expoNavigator';
import type { FloorPlan, HallArea } from '../../navigation/floorPlan';
import { approach, dropAt, riseToOverview, travelTo, VIEWPOINT_PITCH_RAD, walkTo } from '../../navigation/navigate';
import { formatPlaceHash, parsePlaceHash, samePlace, type Place } from '../../navigation/places';
import type { PlaceLocator } from '../../navigation/placeLocator';
import type { Viewpoint, ViewpointFinder } from '../../navigation/viewpoints';
import { placeVisitor, stepVisitor, visitorIsBusy, type NavigationMode, type Visitor } from '../../navigation/visitor';
import { createWalkIntent, dropQueuedMoves, releaseIntent } from '../../navigation/walkIntent';
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
}

/** A guide that has the lead (`Navigator.lead`). */
export interface NavigatorLeader {
  /** The visitor has arrived where the guide's latest journey was going. */
  arrived: () => void;
  /**
   * The visitor, or another part of the page, moved them: the guide's journey (if one was under
   * way) has ended and the lead is given back. Called once, from inside the call or timer tick
   * that took over.
   */
  letGo: () => void;
}

/** What a guide holding the lead may do: journeys that keep the lead. */
export interface NavigatorLead {
  /** As `Navigator.goTo`. */
  goTo: (place: Place, options?: GoOptions) => boolean;
  /** As `Navigator.goToViewpoint`. */
  goToViewpoint: (viewpointId: string, options?: GoOptions) => boolean;
  /** Ends the guide's walked journey where the visitor is (the tour paused), keeping the lead. */
  stop: () => void;
  /** Gives the lead back (the tour closed); `letGo` is not called. */
  release: () => void;
}

/** What the 3D view lends the navigator while it is mounted. */
export interface NavigatorView {
  /** Sets the orbit controls' target when the overview takes over. */
  setOrbitTarget: (target: readonly [number, number, number]) => void;
  /** Copies the camera's pose into `visitor.camera`: in the overview the orbit controls have moved it. */
  syncCamera: () => void;
  /** Asks for frames. */
  wake: () => void;
  /** Fullscreen and pointer lock, where the page has them. */
  enterImmersive?: () => void;
  leaveImmersive?: () => void;
  /** Gives the keyboard focus to the view. */
  focus?: () => void;
}

export interface Navigator extends ExpoNavigator {
  readonly visitor: Visitor;
  readonly plan: FloorPlan;
  /** Lends the view's hooks; returns the function that takes them back. */
  attachView: (view: NavigatorView) => () => void;
  /** A click or tap in the view: on an exhibit (its id) or on the floor at (x, z) (undefined when the sky). */
  tap: (exhibitId: string | undefined, floor: readonly [number, number] | undefined) => void;
  /**
   * The address's hash: on the first visit the visitor is placed there at once; later (back,
   * forward, an edited address) they fly there. A malformed link says so and shows the entrance.
   */
  followLink: (hash: string, first: boolean) => void;
  /** One frame: moves the visitor by `dtMs` of the intent; returns whether the camera pose changed. */
  step: (dtMs: number) => boolean;
  /** From a timer: finishes or drops the journey, and keeps the URL and the store in step with where the visitor stands. */
  tick: () => void;
  /**
   * Takes the visitor to a named viewpoint of the scene (`scene.viewpoints`): standing at its
   * position at eye height, turned to its `lookAtM`, in walking mode; the place is its hall.
   * Options as `goTo` (a viewpoint has no panel). False for an unknown viewpoint (nothing moves).
   */
  goToViewpoint: (viewpointId: string, options?: GoOptions) => boolean;
  /**
   * Gives the lead to a guide (one at a time; a new guide replaces the last without a word). The
   * lead lasts until the guide releases it or anything else moves the visitor (`leader.letGo`).
   */
  lead: (leader: NavigatorLeader) => NavigatorLead;
}

/**
 * A place the visitor was taken to stays the place until they walk this far from where they
 * arrived: the URL keeps naming what they asked for, not the nearest booth to where it put them.
 */
const STAY_M = 2;

/** A journey started and not yet arrived. */
interface Pending {
  /** Undefined for a spot on the floor. */
  place: Place | undefined;
  history: HistoryMode;
  viewpoint: Viewpoint | undefined;
  /** Whether the place's panel opens on arrival. */
  panel: boolean;
  /** The guide whose journey this is, told on arrival; undefined for everyone else's. */
  leader?: NavigatorLeader | undefined;
}

const NO_VIEW: NavigatorView = { setOrbitTarget: () => undefined, syncCamera: () => undefined, wake: () => undefined };

export function createNavigator(deps: NavigatorDeps): Navigator {
  const { plan, viewpoints, visitor, navigation, selection, history } = deps;
  const intent = createWalkIntent();
  const listeners: (() => void)[] = [];
  let view = NO_VIEW;
  let lastHall: HallArea | undefined = plan.halls.find((hall) => hall.id === deps.defaultHallId) ?? plan.halls[0];
  let stay: { place: Place; xM: number; zM: number } | undefined;
  let pending: Pending | undefined;
  const reducedMotion = (): boolean => navigation.getState().reducedMotion;
  const hallById = (id: string): HallArea | undefined => plan.halls.find((hall) => hall.id === id);
  /** The guide with the lead, and whether the call under way is one of its own. */
  let leader: NavigatorLeader | undefined;
  let leading = false;

  /** Anything but the guide moved the visitor: the guide is told, once, and loses the lead. */
  const letGo = (): void => {
    if (!leader || leading) return;
    const was = leader;
    leader = undefined;
    was.letGo();
  };

  const record = (place: Place, mode: HistoryMode): void => {
    navigation.getState().reportPlace(place);
    if (mode === 'push') history.push(formatPlaceHash(place));
    else if (mode === 'replace') history.replace(formatPlaceHash(place));
  };

  /**
   * Before a new motion is worked out: out of the overview it starts where the orbit controls left
   * the camera, and the tail of an earlier wheel or pinch gesture must not cut it short.
   */
  const prepareMotion = (): void => {
    dropQueuedMoves(intent);
    if (visitor.mode === 'overview' && !visitor.flight) view.syncCamera();
  };

  /** No journey is under way any more: nothing to arrive at, no route to draw. */
  const endJourney = (): void => {
    pending = undefined;
    navigation.getState().setJourney(undefined);
  };

  /**
   * Once a new motion has started, it replaces the journey under way, and the panel of what the
   * visitor leaves closes (it would otherwise stay open over another hall). Called only on
   * success: a request that leads nowhere leaves the journey under way as it was.
   */
  const replaceJourney = (): void => {
    selection.getState().clear();
    endJourney();
  };

  /** A motion is on its way in the air (a flight) or from above (the overview): a new one flies too, rather than snapping back to the floor. */
  const airborne = (): boolean => visitor.mode === 'overview' || visitor.flight !== undefined;

  const arrive = (done: Pending): void => {
    endJourney();
    const { place } = done;
    if (!place) {
      stay = undefined;
      return;
    }
    if (done.panel && place.kind === 'exhibit') selection.getState().select(place.id);
    else if (done.panel && place.kind === 'booth') selection.getState().selectBooth(place.id);
    stay = done.viewpoint ? { place, xM: done.viewpoint.xM, zM: done.viewpoint.zM } : undefined;
    record(place, done.history);
    // Last: the guide may start its next journey from here.
    if (done.leader && done.leader === leader) done.leader.arrived();
  };

  /** Starts waiting for the journey just begun; a cut has arrived already. */
  const begin = (journey: Pending, hallId: string | undefined): void => {
    navigation.getState().reportMode('walk');
    if (hallId !== undefined) lastHall = hallById(hallId) ?? lastHall;
    stay = undefined;
    if (leading) journey.leader = leader;
    if (!visitorIsBusy(visitor)) {
      arrive(journey);
    } else {
      pending = journey;
      // A walked route is drawn on the floor and on the floor plan until it ends.
      if (visitor.route.length > 0) navigation.getState().setJourney({ target: journey.place, route: [visitor.ground.xM, visitor.ground.zM, ...visitor.route] });
    }
    view.wake();
  };

  const showEntranceInstead = (notice: { kind: 'unknown'; place: Place } | { kind: 'malformed'; link: string }, mode: HistoryMode): void => {
    letGo();
    const hallId = deps.defaultHallId ?? plan.halls[0]?.id;
    navigation.getState().showNotice({ ...notice, hallId: hallId ?? '' });
    const entrance = hallId === undefined ? undefined : viewpoints.hallEntrance(hallId);
    if (!entrance || hallId === undefined) return;
    prepareMotion();
    travelTo(visitor, entrance, { reducedMotion: true }, 0);
    replaceJourney();
    // The broken link is replaced, so reloading shows the entrance without the notice.
    begin({ place: { kind: 'hall', id: hallId }, history: mode === 'none' ? 'none' : 'replace', viewpoint: entrance, panel: false }, hallId);
  };

  const goTo: Navigator['goTo'] = (place, { history: mode = 'push', travel = 'fly', animate = true, panel = true }: GoOptions = {}) => {
    const viewpoint =
      place.kind === 'hall' ? viewpoints.hallEntrance(place.id) : place.kind === 'booth' ? viewpoints.booth(place.id) : viewpoints.exhibit(place.id);
    if (!viewpoint) {
      showEntranceInstead({ kind: 'unknown', place }, mode);
      return false;
    }
    // The viewpoint's own framing; else a hall is looked across (level), a booth a little down at.
    journeyTo(viewpoint, place, viewpoint.pitchRad ?? (place.kind === 'hall' ? 0 : VIEWPOINT_PITCH_RAD), { mode, travel, animate, panel });
    return true;
  };

  /** Takes the visitor to `viewpoint` (the place it shows), walking or flying, with `pitch`. */
  const journeyTo = (viewpoint: Viewpoint, place: Place, pitch: number, { mode, travel, animate, panel }: { mode: HistoryMode; travel: Travel; animate: boolean; panel: boolean }): void => {
    letGo();
    // A journey that worked replaces the message about one that did not.
    if (navigation.getState().notice) navigation.getState().showNotice(undefined);
    const flying = airborne();
    prepareMotion();
    const motion = { reducedMotion: !animate || reducedMotion() };
    // From above or mid-flight, or when no route leads there on foot, a flight.
    replaceJourney();
    const walked = travel === 'walk' && !flying && walkTo(visitor, plan, viewpoint.xM, viewpoint.zM, motion, viewpoint.yawRad, pitch, viewpoint.eyeYM);
    if (!walked) travelTo(visitor, viewpoint, motion, pitch);
    begin({ place, history: mode, viewpoint, panel }, viewpoint.hallId);
  };

  const goToPoint: Navigator['goToPoint'] = (xM, zM) => {
    prepareMotion();
    const motion = { reducedMotion: reducedMotion() };
    const moved = airborne() ? dropAt(visitor, plan, xM, zM, motion) : walkTo(visitor, plan, xM, zM, motion);
    if (!moved) return false;
    letGo();
    replaceJourney();
    begin({ place: undefined, history: 'none', viewpoint: undefined, panel: false }, plan.hallAt(xM, zM)?.id);
    return true;
  };

  const tap: Navigator['tap'] = (exhibitId, floor) => {
    if (exhibitId !== undefined) {
      const viewpoint = viewpoints.exhibit(exhibitId);
      if (!viewpoint) return;
      letGo();
      const flying = airborne();
      prepareMotion();
      replaceJourney();
      // From above, a flight down in front of it; walking, a walk up to it.
      if (flying) travelTo(visitor, viewpoint, { reducedMotion: reducedMotion() });
      else approach(visitor, plan, viewpoint, { reducedMotion: reducedMotion() });
      begin({ place: { kind: 'exhibit', id: exhibitId }, history: 'push', viewpoint, panel: true }, viewpoint.hallId);
      return;
    }
    if (floor) goToPoint(floor[0], floor[1]);
  };

  const stop = (): void => {
    letGo();
    if (!pending || visitor.flight) return;
    // Arrived already, and the timer has not noticed yet: this input comes after the journey.
    if (!visitorIsBusy(visitor)) {
      arrive(pending);
      return;
    }
    const { ground } = visitor;
    placeVisitor(visitor, ground.xM, ground.zM, ground.yawRad, visitor.pitchRad);
    endJourney();
    view.wake();
  };

  const setMode = (mode: NavigationMode): void => {
    if (mode === navigation.getState().mode && !visitorIsBusy(visitor)) return;
    const hall = plan.hallAt(visitor.ground.xM, visitor.ground.zM) ?? lastHall;
    if (mode === 'overview' && !hall) return;
    letGo();
    releaseIntent(intent);
    prepareMotion();
    replaceJourney();
    if (mode === 'overview' && hall) {
      view.setOrbitTarget(riseToOverview(visitor, hall, { reducedMotion: reducedMotion() }));
    } else {
      // Back down to where the visitor last stood.
      travelTo(visitor, { xM: visitor.ground.xM, zM: visitor.ground.zM, yawRad: visitor.ground.yawRad, hallId: '' }, { reducedMotion: reducedMotion() });
    }
    navigation.getState().reportMode(mode);
    view.wake();
  };

  const setImmersive = (on: boolean): void => {
    if (on) view.enterImmersive?.();
    else view.leaveImmersive?.();
  };

  const followLink: Navigator['followLink'] = (hash, first) => {
    const place = parsePlaceHash(hash);
    const options: GoOptions = { history: first ? 'replace' : 'none', animate: !first };
    if (place) {
      goTo(place, options);
      return;
    }
    if (hash === '' || hash === '#' || hash === '#/') {
      if (first && deps.defaultHallId !== undefined) goTo({ kind: 'hall', id: deps.defaultHallId }, options);
      return;
    }
    showEntranceInstead({ kind: 'malformed', link: hash }, 'replace');
  };

  // The pose listeners last heard of: a cut (a link, reduced motion) moves the visitor outside
  // any step, and the frame after it must tell them too.
  const told = { xM: Number.NaN, zM: Number.NaN, yawRad: Number.NaN };
  const step = (dtMs: number): boolean => {
    const moved = stepVisitor(visitor, intent, dtMs, plan);
    const { ground } = visitor;
    if (ground.xM !== told.xM || ground.zM !== told.zM || ground.yawRad !== told.yawRad) {
      told.xM = ground.xM;
      told.zM = ground.zM;
      told.yawRad = ground.yawRad;
      for (const listener of listeners) listener();
    }
    return moved;
  };

  const trackPlace = (): void => {
    if (visitor.mode !== 'walk' || visitor.flight) return;
    const { xM, zM } = visitor.ground;
    lastHall = plan.hallAt(xM, zM) ?? lastHall;
    if (stay && Math.hypot(xM - stay.xM, zM - stay.zM) <= STAY_M) {
      if (!samePlace(navigation.getState().place, stay.place)) record(stay.place, 'replace');
      return;
    }
    stay = undefined;
    const place = deps.locate(xM, zM, visitor.ground.yawRad);
    if (!place || samePlace(place, navigation.getState().place)) return;
    record(place, 'replace');
  };

  const tick = (): void => {
    if (pending) {
      // The visitor took the controls back: the journey ends where they are.
      if (visitor.interrupted) {
        endJourney();
        letGo();
      } else if (!visitorIsBusy(visitor)) {
        arrive(pending);
      } else {
        return;
      }
    }
    trackPlace();
  };

  const goToViewpoint: Navigator['goToViewpoint'] = (viewpointId, { history: mode = 'push', travel = 'fly', animate = true }: GoOptions = {}) => {
    const viewpoint = viewpoints.named(viewpointId);
    if (!viewpoint) return false;
    journeyTo(viewpoint, { kind: 'hall', id: viewpoint.hallId }, viewpoint.pitchRad ?? 0, { mode, travel, animate, panel: false });
    return true;
  };

  /** Runs one of the guide's own calls: it does not take the lead from the guide. */
  const asLeader = <T,>(call: () => T): T => {
    leading = true;
    try {
      return call();
    } finally {
      leading = false;
    }
  };

  const lead: Navigator['lead'] = (newLeader) => {
    leader = newLeader;
    const mine = (): boolean => leader === newLeader;
    return {
      goTo: (place, options) => (mine() ? asLeader(() => goTo(place, options)) : false),
      goToViewpoint: (viewpointId, options) => (mine() ? asLeader(() => goToViewpoint(viewpointId, options)) : false),
      stop: () => {
        if (mine()) asLeader(stop);
      },
      release: () => {
        if (mine()) leader = undefined;
      },
    };
  };

  return {
    visitor,
    plan,
    intent,
    pose: visitor.ground,
    wake: () => view.wake(),
    takeOver: stop,
    focusView: () => view.focus?.(),
    goTo,
    goToPoint,
    stop,
    setMode,
    setImmersive,
    tap,
    followLink,
    step,
    tick,
    goToViewpoint,
    lead,
    onMove(listener) {
      listeners.push(listener);
      return () => {
        const index = listeners.indexOf(listener);
        if (index >= 0) listeners.splice(index, 1);
      };
    },
    attachView(attached) {
      view = attached;
      return () => {
        if (view === attached) view = NO_VIEW;
      };
    },
  };
}
