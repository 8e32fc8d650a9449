/**
 * The one way to move the visitor, as every part of the page sees it: search, the floor plan, the
 * booth list, links and tours call these methods; nothing posts requests through a store. The app
 * implements it (`src/app/navigation/navigator.ts`) over the pure navigation core and the stores;
 * the interface lives here, free of React, three and stores, so the UI depends on it alone.
 */
import type { Place } from './places';
import type { NavigationMode } from './visitor';
import type { WalkIntent } from './walkIntent';

/** How a journey changes the page's history: a new entry, the current one updated, or neither. */
export type HistoryMode = 'push' | 'replace' | 'none';

/**
 * How the visitor gets there: `walk` along the route on the floor, through the doors between halls
 * (search, the floor plan, tours); `fly` over the halls (links, the booth list). Under reduced
 * motion both are cuts.
 */
export type Travel = 'walk' | 'fly';

export interface GoOptions {
  /** Default `push`. */
  history?: HistoryMode;
  /** Default `fly`. */
  travel?: Travel;
  /** False for the first placement of a visit: a cut, whatever the motion setting (default true). */
  animate?: boolean;
  /**
   * Whether the exhibit's or booth's panel opens on arrival (default true); false for stepping
   * through a list that shows the same things itself.
   */
  panel?: boolean;
}

/** Where the visitor stands and looks, for the floor plan's marker: read it, never write it. */
export interface VisitorPose {
  readonly xM: number;
  readonly zM: number;
  /** Walk convention: 0 looks towards −z (north), increasing counter-clockwise seen from above. */
  readonly yawRad: number;
}

/** Input handlers (keys, pointer, joystick) write the intent and ask for frames. */
export interface WalkInputSink {
  /** What the visitor is asking for right now; the frame loop reads it. */
  readonly intent: WalkIntent;
  /** Asks the view for a frame (it renders only on demand). */
  wake: () => void;
  /**
   * The visitor took the controls (a walking key went down, the stick or a drag moved, the wheel
   * turned): a journey under way ends now, even if the input is let go before the next frame.
   */
  takeOver: () => void;
}

export interface ExpoNavigator extends WalkInputSink {
  /**
   * Takes the visitor to a hall's entrance, in front of a booth, or up to an exhibit. On arrival
   * the visitor faces it, an exhibit's or booth's panel opens and the address becomes its link.
   * Returns false for an unknown id (the visitor is shown the default entrance and a notice).
   */
  goTo: (place: Place, options?: GoOptions) => boolean;
  /** Walks the visitor to a spot on the site plan (metres), around booths and through doors; false when no route leads there. */
  goToPoint: (xM: number, zM: number) => boolean;
  /**
   * Ends the walked journey under way (Escape): the route disappears and the visitor stays where
   * they are. Flights are short and finish.
   */
  stop: () => void;
  /** Walking at eye height or the bird's-eye overview of the visitor's hall. */
  setMode: (mode: NavigationMode) => void;
  /** Fullscreen with the interface hidden; call it from a click or key handler (browsers require the gesture). */
  setImmersive: (on: boolean) => void;
  /** Gives the keyboard to the 3D view (walking keys, Escape to stop), e.g. after a search result is chosen. */
  focusView: () => void;
  /** The visitor's standing pose, updated every frame the visitor moves. */
  readonly pose: VisitorPose;
  /**
   * `listener` runs after every frame that moved the visitor (inside the frame loop: keep it to
   * scheduling work, allocate nothing); returns the unsubscribe function.
   */
  onMove: (listener: () => void) => () => void;
}
