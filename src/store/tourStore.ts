/**
 * The guided tour as the page sees it: which tour is open in the player, which stop, whether it
 * plays, whether the visitor has got there yet, and whether narration is read aloud. The
 * transitions are pure state changes (next, previous, play, pause…), so the whole state machine is
 * tested in Node without time or a view.
 *
 * Moving the visitor is not done here. The app's tour guide (`src/app/tour/tourGuide.ts`) keeps the
 * visitor where this state says the tour is: when the stop changes, or play is pressed, it walks
 * them there through the navigator and reports `arrive`; while a stop plays it times the dwell and
 * reports `finishStop`; when the visitor takes the controls it reports `pause`. So the player's
 * buttons, the start screen and links all say what they want here, and one guide does it.
 *
 * Phases of the open stop: `travelling` (not there yet: on the way, or paused before arriving),
 * `at` (there; the dwell runs while playing), `ended` (the last stop is done; the end message).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Language, Tour } from '../scene';
import { sceneStore } from './sceneStore';

export type TourPhase = 'travelling' | 'at' | 'ended';

/** What the browser offers for reading narration aloud, found by the app once the page is up. */
export interface SpeechSupport {
  /** The browser has speech synthesis at all. */
  synthesis: boolean;
  /** Languages its voice list (once loaded) has no voice for. */
  missingVoices: readonly Language[];
}

export interface TourState {
  /** The tour open in the player; undefined when none is. */
  tourId: string | undefined;
  stopCount: number;
  /** The current stop, 0-based (the player and links count from 1). */
  stopIndex: number;
  /** Moving on by itself: after each stop's dwell the next stop follows. */
  playing: boolean;
  phase: TourPhase;
  /** Narration read aloud; off until the visitor turns it on. */
  speech: boolean;
  speechSupport: SpeechSupport;
  /**
   * Opens `tourId` at `stopIndex` (default the first stop) and plays: the visitor is taken there.
   * False, and nothing changes, for an unknown tour or a stop it does not have.
   */
  startTour: (tourId: string, stopIndex?: number) => boolean;
  /**
   * Opens `tourId` at `stopIndex`, paused, with the visitor already there (a link to the stop
   * placed them); false for an unknown tour or stop.
   */
  openStop: (tourId: string, stopIndex: number) => boolean;
  /** Plays from the current stop (taking the visitor back to it first); after the end, from the first stop. */
  play: () => void;
  /** Stays at the current stop; the visitor stays where they are. */
  pause: () => void;
  /** The next or previous stop; the visitor is taken there whether the tour plays or not. */
  next: () => void;
  previous: () => void;
  /** Closes the tour. */
  leave: () => void;
  /** Reported by the guide: the visitor has reached the current stop. */
  arrive: () => void;
  /** Reported by the guide: the current stop's dwell is over while playing. */
  finishStop: () => void;
  setSpeech: (on: boolean) => void;
  /** Reported by the app once it has looked at the browser's speech synthesis. */
  reportSpeechSupport: (support: SpeechSupport) => void;
}

export type TourStore = StoreApi<TourState>;

const CLOSED = { tourId: undefined, stopCount: 0, stopIndex: 0, playing: false, phase: 'travelling' } as const;

/** `tours` reads the scene's tours when a tour is opened (the scene may load after the store is made). */
export function createTourStore(tours: () => readonly Tour[] | undefined): TourStore {
  const stopsOf = (tourId: string, stopIndex: number): number | undefined => {
    const tour = tours()?.find((candidate) => candidate.id === tourId);
    if (!tour || !Number.isInteger(stopIndex) || stopIndex < 0 || stopIndex >= tour.stops.length) return undefined;
    return tour.stops.length;
  };
  return createStore<TourState>()((set, get) => ({
    ...CLOSED,
    speech: false,
    speechSupport: { synthesis: false, missingVoices: [] },
    startTour: (tourId, stopIndex = 0) => {
      const stopCount = stopsOf(tourId, stopIndex);
      if (stopCount === undefined) return false;
      set({ tourId, stopCount, stopIndex, playing: true, phase: 'travelling' });
      return true;
    },
    openStop: (tourId, stopIndex) => {
      const stopCount = stopsOf(tourId, stopIndex);
      if (stopCount === undefined) return false;
      set({ tourId, stopCount, stopIndex, playing: false, phase: 'at' });
      return true;
    },
    play: () => {
      const { tourId, playing, phase } = get();
      if (tourId === undefined || playing) return;
      if (phase === 'ended') set({ stopIndex: 0, playing: true, phase: 'travelling' });
      else set({ playing: true, phase: 'travelling' });
    },
    pause: () => {
      const { tourId, playing } = get();
      if (tourId !== undefined && playing) set({ playing: false });
    },
    next: () => {
      const { tourId, stopIndex, stopCount } = get();
      if (tourId !== undefined && stopIndex < stopCount - 1) set({ stopIndex: stopIndex + 1, phase: 'travelling' });
    },
    previous: () => {
      const { tourId, stopIndex } = get();
      if (tourId !== undefined && stopIndex > 0) set({ stopIndex: stopIndex - 1, phase: 'travelling' });
    },
    leave: () => {
      if (get().tourId !== undefined) set({ ...CLOSED });
    },
    arrive: () => {
      const { tourId, phase } = get();
      if (tourId !== undefined && phase === 'travelling') set({ phase: 'at' });
    },
    finishStop: () => {
      const { tourId, stopIndex, stopCount, playing, phase } = get();
      if (tourId === undefined || !playing || phase !== 'at') return;
      if (stopIndex >= stopCount - 1) set({ playing: false, phase: 'ended' });
      else set({ stopIndex: stopIndex + 1, phase: 'travelling' });
    },
    setSpeech: (speech) => {
      if (get().speech !== speech) set({ speech });
    },
    reportSpeechSupport: (speechSupport) => set({ speechSupport }),
  }));
}

/** The page's tour store: the tours are the loaded scene's. Tests make their own with `createTourStore`. */
export const tourStore: TourStore = createTourStore(() => sceneStore.getState().layout?.scene.tours);
