/**
 * The tour guide in Node over the default expo, with fake timers and a fake voice: it walks the
 * visitor from stop to stop (cuts under reduced motion), dwells, moves on by itself, pauses when
 * the visitor takes the controls, keeps the stop, resumes from it, reads aloud when asked, and
 * keeps the address on the stop.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNavigator, type Navigator } from '../../src/app/navigation/navigator';
import { createTourGuide, type TourGuide } from '../../src/app/tour/tourGuide';
import type { TourSpeech } from '../../src/app/tour/tourSpeech';
import { buildFloorPlan } from '../../src/navigation/floorPlan';
import { createPlaceLocator } from '../../src/navigation/placeLocator';
import { createViewpointFinder } from '../../src/navigation/viewpoints';
import { createVisitor, visitorIsBusy } from '../../src/navigation/visitor';
import { parseScene, type Language, type Tour } from '../../src/scene';
import { createLanguageStore, type LanguageStore } from '../../src/store/languageStore';
import { createNavigationStore, type NavigationStore } from '../../src/store/navigationStore';
import { createSelectionStore } from '../../src/store/selectionStore';
import { createTourStore, type TourStore } from '../../src/store/tourStore';

const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
if (!layout) throw new Error('the default scene does not lay out');
const plan = buildFloorPlan(layout);
const viewpoints = createViewpointFinder(layout, plan);
const locate = createPlaceLocator(layout, plan);

/** Stops with set dwell times, over places of the default expo: a viewpoint, an exhibit, a booth. */
const WALK: Tour = {
  id: 'walk',
  title: { en: 'A walk', zh: '散步' },
  stops: [
    { viewpoint: 'hall-1-central-aisle', narration: { en: 'The aisle.', zh: '过道。' }, dwellS: 10 },
    { exhibit: 'hl-2m-tokamak', narration: { en: 'The tokamak.', zh: '托卡马克。' }, dwellS: 20 },
    { booth: 'booth-a-101', narration: { en: 'A booth.', zh: '展位。' }, dwellS: 5 },
  ],
};
const TOURS = [WALK, ...(layout.scene.tours ?? [])];

interface FakeSpeech extends TourSpeech {
  said: { text: string; language: Language }[];
  cancels: number;
  /** Ends the utterance under way, as the browser does when it has finished reading. */
  finish: () => void;
}

function fakeSpeech(): FakeSpeech {
  let onEnd: (() => void) | undefined;
  const speech: FakeSpeech = {
    said: [],
    cancels: 0,
    support: () => ({ synthesis: true, missingVoices: [] }),
    onSupportChange: () => () => undefined,
    speak: (text, language, end) => {
      speech.said.push({ text, language });
      onEnd = end;
    },
    cancel: () => {
      speech.cancels += 1;
      onEnd = undefined;
    },
    finish: () => {
      const end = onEnd;
      onEnd = undefined;
      end?.();
    },
  };
  return speech;
}

interface Harness {
  navigator: Navigator;
  navigation: NavigationStore;
  store: TourStore;
  language: LanguageStore;
  entries: string[];
  speech: FakeSpeech;
  guide: TourGuide;
}

function harness({ reducedMotion = true, speech = fakeSpeech() }: { reducedMotion?: boolean; speech?: FakeSpeech } = {}): Harness {
  const entries = ['#'];
  const history = { push: (hash: string) => entries.push(hash), replace: (hash: string) => (entries[entries.length - 1] = hash) };
  const navigation = createNavigationStore({ prefersReducedMotion: reducedMotion, touch: false });
  const navigator = createNavigator({
    plan,
    viewpoints,
    locate,
    visitor: createVisitor(0, 0, 0),
    navigation,
    selection: createSelectionStore(),
    history,
    defaultHallId: 'hall-1',
  });
  navigator.attachView({ setOrbitTarget: () => undefined, syncCamera: () => undefined, wake: () => undefined });
  navigator.followLink('', true);
  const store = createTourStore(() => TOURS);
  const language = createLanguageStore('en');
  const guide = createTourGuide({
    navigator,
    tours: TOURS,
    store,
    language,
    navigation,
    history,
    timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
    speech,
  });
  return { navigator, navigation, store, language, entries, speech, guide };
}

/** Runs frames with the navigator's clock between them until the visitor stops moving on their own. */
function settle(navigator: Navigator): void {
  for (let frame = 0; frame < 60 * 120 && visitorIsBusy(navigator.visitor); frame += 1) {
    navigator.step(1000 / 60);
    if (frame % 10 === 0) navigator.tick();
  }
  navigator.tick();
}

const distanceTo = (navigator: Navigator, xM: number, zM: number): number => Math.hypot(navigator.pose.xM - xM, navigator.pose.zM - zM);

describe('the tour guide', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes the visitor from stop to stop under reduced motion, dwelling as long as each stop asks, and ends after the last', () => {
    const h = harness();
    h.store.getState().startTour('walk');
    // A cut: there at once, at the viewpoint (hall 1 starts at the site's origin).
    expect(h.store.getState()).toMatchObject({ stopIndex: 0, phase: 'at', playing: true });
    expect(distanceTo(h.navigator, 71, 81)).toBeLessThan(0.5);
    expect(h.entries).toEqual(['#/hall/hall-1', '#/tour/walk/1']);

    vi.advanceTimersByTime(9_999);
    expect(h.store.getState().stopIndex).toBe(0);
    vi.advanceTimersByTime(1);
    expect(h.store.getState()).toMatchObject({ stopIndex: 1, phase: 'at' });
    const tokamak = viewpoints.exhibit('hl-2m-tokamak');
    if (!tokamak) throw new Error('no tokamak');
    expect(distanceTo(h.navigator, tokamak.xM, tokamak.zM)).toBeLessThan(0.5);
    // One history entry for the tour, replaced at each stop.
    expect(h.entries).toEqual(['#/hall/hall-1', '#/tour/walk/2']);

    vi.advanceTimersByTime(20_000);
    expect(h.store.getState()).toMatchObject({ stopIndex: 2, phase: 'at', playing: true });
    vi.advanceTimersByTime(5_000);
    expect(h.store.getState()).toMatchObject({ stopIndex: 2, phase: 'ended', playing: false });
    expect(h.entries).toEqual(['#/hall/hall-1', '#/tour/walk/3']);
    h.guide.dispose();
  });

  it('walks the route to the next stop and starts the dwell only on arrival', () => {
    const h = harness({ reducedMotion: false });
    h.store.getState().startTour('walk', 1);
    expect(h.store.getState().phase).toBe('travelling');
    expect(visitorIsBusy(h.navigator.visitor)).toBe(true);
    // A walk, drawn on the floor (from where the visitor stands to the stop at least): not a flight.
    expect(h.navigation.getState().journey?.route.length).toBeGreaterThanOrEqual(4);
    vi.advanceTimersByTime(60_000);
    expect(h.store.getState()).toMatchObject({ stopIndex: 1, phase: 'travelling' });
    settle(h.navigator);
    expect(h.store.getState()).toMatchObject({ stopIndex: 1, phase: 'at' });
    vi.advanceTimersByTime(20_000);
    expect(h.store.getState()).toMatchObject({ stopIndex: 2, phase: 'travelling' });
    h.guide.dispose();
  });

  it('pauses at the stop when the visitor takes the controls, keeps the stop, and plays on from it', () => {
    const h = harness();
    h.store.getState().startTour('walk', 1);
    vi.advanceTimersByTime(5_000);
    // A walking key (or a drag, the wheel, the joystick) while the stop plays.
    h.navigator.takeOver();
    expect(h.store.getState()).toMatchObject({ stopIndex: 1, playing: false, phase: 'at' });
    vi.advanceTimersByTime(120_000);
    expect(h.store.getState()).toMatchObject({ stopIndex: 1, playing: false });

    // The visitor walks off, then presses Play: back to the stop, and its dwell again in full.
    h.navigator.goToPoint(30, 70);
    h.store.getState().play();
    const tokamak = viewpoints.exhibit('hl-2m-tokamak');
    if (!tokamak) throw new Error('no tokamak');
    expect(distanceTo(h.navigator, tokamak.xM, tokamak.zM)).toBeLessThan(0.5);
    expect(h.store.getState()).toMatchObject({ stopIndex: 1, playing: true, phase: 'at' });
    vi.advanceTimersByTime(19_999);
    expect(h.store.getState().stopIndex).toBe(1);
    vi.advanceTimersByTime(1);
    expect(h.store.getState().stopIndex).toBe(2);
    h.guide.dispose();
  });

  it('pauses mid-walk when the visitor takes over, or clicks a search result or the floor plan', () => {
    for (const takeOver of [(n: Navigator) => n.takeOver(), (n: Navigator) => n.goTo({ kind: 'booth', id: 'booth-a-101' }, { travel: 'walk' }), (n: Navigator) => n.goToPoint(50, 60)]) {
      const h = harness({ reducedMotion: false });
      h.store.getState().startTour('walk', 1);
      for (let frame = 0; frame < 20; frame += 1) h.navigator.step(1000 / 60);
      takeOver(h.navigator);
      expect(h.store.getState()).toMatchObject({ stopIndex: 1, playing: false, phase: 'travelling' });
      settle(h.navigator);
      // Whatever the visitor did, the tour is still paused on the way to stop 2.
      expect(h.store.getState()).toMatchObject({ stopIndex: 1, playing: false, phase: 'travelling' });
      h.guide.dispose();
    }
  });

  it('stops the walk where the visitor is when Pause is pressed, and walks on when Play is', () => {
    const h = harness({ reducedMotion: false });
    h.store.getState().startTour('walk', 1);
    for (let frame = 0; frame < 20; frame += 1) h.navigator.step(1000 / 60);
    h.store.getState().pause();
    expect(visitorIsBusy(h.navigator.visitor)).toBe(false);
    expect(h.navigation.getState().journey).toBeUndefined();
    h.store.getState().play();
    expect(visitorIsBusy(h.navigator.visitor)).toBe(true);
    settle(h.navigator);
    expect(h.store.getState()).toMatchObject({ stopIndex: 1, playing: true, phase: 'at' });
    h.guide.dispose();
  });

  it('takes the visitor to the next or previous stop while paused, without playing on', () => {
    const h = harness();
    h.store.getState().startTour('walk');
    h.store.getState().pause();
    h.store.getState().next();
    expect(h.store.getState()).toMatchObject({ stopIndex: 1, playing: false, phase: 'at' });
    const tokamak = viewpoints.exhibit('hl-2m-tokamak');
    if (!tokamak) throw new Error('no tokamak');
    expect(distanceTo(h.navigator, tokamak.xM, tokamak.zM)).toBeLessThan(0.5);
    vi.advanceTimersByTime(120_000);
    expect(h.store.getState().stopIndex).toBe(1);
    expect(h.entries.at(-1)).toBe('#/tour/walk/2');
    h.store.getState().previous();
    expect(distanceTo(h.navigator, 71, 81)).toBeLessThan(0.5);
    h.guide.dispose();
  });

  it('reads the narration aloud when speech is on, waits for the voice, and cancels it on pause and on the next stop', () => {
    const h = harness();
    h.store.getState().setSpeech(true);
    h.store.getState().startTour('walk');
    expect(h.speech.said).toEqual([{ text: 'The aisle.', language: 'en' }]);
    // The dwell is over, the voice is not: the stop waits for it.
    vi.advanceTimersByTime(10_000);
    expect(h.store.getState().stopIndex).toBe(0);
    h.speech.finish();
    expect(h.store.getState().stopIndex).toBe(1);
    expect(h.speech.said.at(-1)).toEqual({ text: 'The tokamak.', language: 'en' });
    const cancels = h.speech.cancels;
    h.store.getState().pause();
    expect(h.speech.cancels).toBeGreaterThan(cancels);
    h.guide.dispose();
  });

  it('does not wait for ever for a voice that never ends: one more dwell at most', () => {
    const h = harness();
    h.store.getState().setSpeech(true);
    h.store.getState().startTour('walk', 1);
    vi.advanceTimersByTime(39_999);
    expect(h.store.getState().stopIndex).toBe(1);
    vi.advanceTimersByTime(1);
    expect(h.store.getState().stopIndex).toBe(2);
    h.guide.dispose();
  });

  it('starts the stop again in the new language when the visitor switches language', () => {
    const h = harness();
    h.store.getState().setSpeech(true);
    h.store.getState().startTour('walk', 1);
    vi.advanceTimersByTime(15_000);
    h.language.getState().setLanguage('zh');
    expect(h.speech.said.at(-1)).toEqual({ text: '托卡马克。', language: 'zh' });
    vi.advanceTimersByTime(19_000);
    h.speech.finish();
    expect(h.store.getState().stopIndex).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(h.store.getState().stopIndex).toBe(2);
    h.guide.dispose();
  });

  it('says nothing when speech is off', () => {
    const h = harness();
    h.store.getState().startTour('walk');
    vi.advanceTimersByTime(10_000);
    expect(h.store.getState().stopIndex).toBe(1);
    expect(h.speech.said).toEqual([]);
    h.guide.dispose();
  });

  it('closes: the address names the place again, and input no longer touches the tour', () => {
    const h = harness();
    h.store.getState().startTour('walk', 2);
    h.store.getState().leave();
    expect(h.entries.at(-1)).toBe('#/booth/booth-a-101');
    vi.advanceTimersByTime(60_000);
    h.navigator.takeOver();
    expect(h.store.getState()).toMatchObject({ tourId: undefined, playing: false });
    h.guide.dispose();
  });

  it('takes up a tour opened before it was made (the start screen, before the view was up)', () => {
    const h = harness();
    h.guide.dispose();
    h.store.getState().startTour('walk', 1);
    expect(h.store.getState().phase).toBe('travelling');
    const later = createTourGuide({
      navigator: h.navigator,
      tours: TOURS,
      store: h.store,
      language: h.language,
      navigation: h.navigation,
      history: { push: () => undefined, replace: () => undefined },
      timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
      speech: undefined,
    });
    expect(h.store.getState()).toMatchObject({ stopIndex: 1, phase: 'at', playing: true });
    // No speech synthesis: the player is told so.
    expect(h.store.getState().speechSupport.synthesis).toBe(false);
    later.dispose();
  });

  it('walks the default expo’s headline tour through its first three stops', () => {
    const h = harness();
    h.store.getState().startTour('headline-exhibits');
    const seen = [h.store.getState().stopIndex];
    for (let step = 0; step < 2; step += 1) {
      // The only timer is the stop's dwell.
      vi.advanceTimersToNextTimer();
      seen.push(h.store.getState().stopIndex);
    }
    expect(seen).toEqual([0, 1, 2]);
    expect(h.store.getState().stopCount).toBe(13);
    const hl2m = viewpoints.exhibit('hl-2m-tokamak');
    if (!hl2m) throw new Error('no tokamak');
    expect(distanceTo(h.navigator, hl2m.xM, hl2m.zM)).toBeLessThan(0.5);
    h.guide.dispose();
  });
});
