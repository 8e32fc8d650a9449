/**
 * The tour guide: keeps the visitor where the tour store says the tour is. It is the one part of
 * the page that acts on the tour's state (the player's buttons, the start screen and links only
 * change the state):
 *
 * - a new stop, or Play, walks the visitor there along a real route through the navigator (a cut
 *   under reduced motion, which the navigator decides), holding the navigator's lead; arrival is
 *   reported to the store;
 * - at a stop while playing, the dwell (`tourStopDwellS`, in the visitor's language) is timed with
 *   the passed-in timers, and the narration is read aloud when speech is on; when both are done the
 *   store moves on (`finishStop`). A voice slower than the dwell's reading rate is let finish, up
 *   to one more dwell (a browser that never reports the end must not hold the tour for ever);
 * - Pause, a new stop and closing the tour cancel the voice and the timer; Pause also ends the walk
 *   under way where the visitor is;
 * - anything else moving the visitor (keys, a drag, the wheel, the joystick, Escape, search, the
 *   floor plan, a link) takes the lead from the guide, and the tour pauses at its stop;
 * - the address follows the stop (`#/tour/<id>/<n>`): one history entry for the tour (pushed when
 *   it starts), replaced at each stop, so Back leaves the tour rather than stepping back through
 *   thirteen stops (the player's Previous does that) and a long tour does not hit Safari's limit on
 *   history changes.
 *
 * Framework-free: time, speech, history and the stores are passed in, so it runs in Node tests
 * with fake timers.
 */
import type { HashHistory, Navigator, NavigatorLead } from '../navigation/navigator';
import { formatPlaceHash } from '../../navigation/places';
import { formatTourHash } from '../../navigation/tourLink';
import { tourStopTarget } from '../../navigation/tourStopTarget';
import { localizedString, tourStopDwellS, type Language, type Tour, type TourStop } from '../../scene';
import type { LanguageStore } from '../../store/languageStore';
import type { NavigationStore } from '../../store/navigationStore';
import type { TourState, TourStore } from '../../store/tourStore';
import type { TourSpeech } from './tourSpeech';

/** `setTimeout` and `clearTimeout`: the page's, or vitest's fake ones. */
export interface TourTimers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export interface TourGuideDeps {
  navigator: Pick<Navigator, 'lead'>;
  /** The scene's tours. */
  tours: readonly Tour[] | undefined;
  store: TourStore;
  language: LanguageStore;
  /** Where the visitor is, for the address once the tour closes. */
  navigation: NavigationStore;
  history: HashHistory;
  timers: TourTimers;
  /** Undefined where the browser cannot read aloud. */
  speech: TourSpeech | undefined;
}

export interface TourGuide {
  dispose: () => void;
}

/** The state before anything was open: a guide made while a tour is already open takes it up. */
const NOTHING_OPEN: Pick<TourState, 'tourId' | 'stopIndex' | 'playing' | 'phase' | 'speech'> = {
  tourId: undefined,
  stopIndex: 0,
  playing: false,
  phase: 'travelling',
  speech: false,
};

export function createTourGuide(deps: TourGuideDeps): TourGuide {
  const { navigator, store, language, navigation, history, timers, speech } = deps;
  const tourById = new Map((deps.tours ?? []).map((tour) => [tour.id, tour]));
  let lead: NavigatorLead | undefined;
  /** Whether the guide's walk to the current stop is under way. */
  let walking = false;
  /** Inside the guide's own call to the navigator, and whether the visitor arrived within it (a cut). */
  let calling = false;
  let arrivedInCall = false;
  let dwellTimer: unknown;
  let dwellOver = false;
  let speaking = false;

  const stopOf = (state: Pick<TourState, 'tourId' | 'stopIndex'>): TourStop | undefined =>
    state.tourId === undefined ? undefined : tourById.get(state.tourId)?.stops[state.stopIndex];

  const clearDwell = (): void => {
    if (dwellTimer !== undefined) timers.clearTimeout(dwellTimer);
    dwellTimer = undefined;
    dwellOver = false;
  };

  const silence = (): void => {
    speaking = false;
    speech?.cancel();
  };

  const finish = (): void => {
    clearDwell();
    silence();
    store.getState().finishStop();
  };

  /** Reads the stop's narration aloud if the visitor asked for it and the browser has a voice. */
  const speak = (stop: TourStop, spoken: Language): void => {
    silence();
    const { speech: on, speechSupport } = store.getState();
    if (!on || !speech || speechSupport.missingVoices.includes(spoken)) return;
    speaking = true;
    speech.speak(localizedString(stop.narration, spoken), spoken, () => {
      speaking = false;
      if (dwellOver) finish();
    });
  };

  /** The narration's language: the visitor's, unless the stop has text only in the other. */
  const narrationLanguage = (stop: TourStop): Language => {
    const wanted = language.getState().language;
    return stop.narration[wanted]?.trim() ? wanted : wanted === 'zh' ? 'en' : 'zh';
  };

  /** Starts the current stop's dwell (and voice) from the beginning. */
  const beginDwell = (state: TourState): void => {
    clearDwell();
    const stop = stopOf(state);
    if (!stop) return;
    const dwellMs = tourStopDwellS(stop, language.getState().language) * 1000;
    dwellTimer = timers.setTimeout(() => {
      dwellOver = true;
      if (!speaking) {
        finish();
        return;
      }
      // The voice is slower than the reading rate: let it finish, within one more dwell.
      dwellTimer = timers.setTimeout(finish, dwellMs);
    }, dwellMs);
    speak(stop, narrationLanguage(stop));
  };

  const onArrived = (): void => {
    walking = false;
    if (calling) arrivedInCall = true;
    else store.getState().arrive();
  };

  const onLetGo = (): void => {
    lead = undefined;
    walking = false;
    store.getState().pause();
  };

  /** Walks the visitor to the current stop. */
  const walk = (state: TourState): void => {
    const stop = stopOf(state);
    const target = stop ? tourStopTarget(stop) : undefined;
    if (state.tourId !== undefined) history.replace(formatTourHash(state.tourId, state.stopIndex));
    lead ??= navigator.lead({ arrived: onArrived, letGo: onLetGo });
    walking = true;
    calling = true;
    arrivedInCall = false;
    let started = false;
    try {
      const options = { travel: 'walk', history: 'none', panel: false } as const;
      if (target?.kind === 'place') started = lead.goTo(target.place, options);
      else if (target?.kind === 'viewpoint') started = lead.goToViewpoint(target.viewpointId, options);
    } finally {
      calling = false;
    }
    // A cut arrived within the call; a stop that leads nowhere is shown where the visitor is.
    if (arrivedInCall || !started) {
      walking = false;
      store.getState().arrive();
    }
  };

  const close = (): void => {
    clearDwell();
    silence();
    if (walking) lead?.stop();
    walking = false;
    lead?.release();
    lead = undefined;
    const place = navigation.getState().place;
    if (place) history.replace(formatPlaceHash(place));
  };

  const reconcile = (next: TourState, prev: Pick<TourState, 'tourId' | 'stopIndex' | 'playing' | 'phase' | 'speech'>): void => {
    if (next.tourId === undefined) {
      if (prev.tourId !== undefined) close();
      return;
    }
    const tourChanged = next.tourId !== prev.tourId;
    const stopChanged = tourChanged || next.stopIndex !== prev.stopIndex;
    const paused = prev.playing && !next.playing;
    const resumed = next.playing && !prev.playing;
    const leftStop = prev.phase === 'at' && next.phase !== 'at';
    if (stopChanged || paused || leftStop) {
      clearDwell();
      silence();
    }
    if (paused && !stopChanged && walking) {
      lead?.stop();
      walking = false;
    }
    if (tourChanged && next.playing) history.push(formatTourHash(next.tourId, next.stopIndex));
    else if (stopChanged) history.replace(formatTourHash(next.tourId, next.stopIndex));

    if (next.phase === 'travelling' && (stopChanged || resumed)) {
      walk(next);
      return;
    }
    if (next.phase !== 'at' || !next.playing) return;
    if (stopChanged || resumed || prev.phase !== 'at') {
      beginDwell(next);
    } else if (next.speech !== prev.speech) {
      const stop = stopOf(next);
      if (next.speech && stop) speak(stop, narrationLanguage(stop));
      else {
        silence();
        if (dwellOver) finish();
      }
    }
  };

  const reportSupport = (): void => store.getState().reportSpeechSupport(speech ? speech.support() : { synthesis: false, missingVoices: [] });
  reportSupport();
  const unsubscribeVoices = speech?.onSupportChange(reportSupport);
  const unsubscribeStore = store.subscribe(reconcile);
  // A new language restarts the stop: the visitor reads (or hears) it afresh.
  const unsubscribeLanguage = language.subscribe((next, prev) => {
    const state = store.getState();
    if (next.language !== prev.language && state.tourId !== undefined && state.playing && state.phase === 'at') beginDwell(state);
  });
  // A tour opened before the guide was (the start screen, before the view was up).
  reconcile(store.getState(), NOTHING_OPEN);

  return {
    dispose: () => {
      unsubscribeStore();
      unsubscribeLanguage();
      unsubscribeVoices?.();
      clearDwell();
      silence();
      lead?.release();
      lead = undefined;
    },
  };
}
