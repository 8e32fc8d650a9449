/**
 * The navigator's part in guided tours, in Node over the default expo: going to a named viewpoint
 * of the scene, and a guide's lead (its journeys arrive to it; anything else that moves the
 * visitor takes the lead back and tells it).
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createNavigator, type Navigator, type NavigatorLeader } from '../../src/app/navigation/navigator';
import { buildFloorPlan } from '../../src/navigation/floorPlan';
import { createPlaceLocator } from '../../src/navigation/placeLocator';
import { createViewpointFinder } from '../../src/navigation/viewpoints';
import { createVisitor, visitorIsBusy } from '../../src/navigation/visitor';
import { parseScene, type SceneViewpoint } from '../../src/scene';
import { createNavigationStore, type NavigationStore } from '../../src/store/navigationStore';
import { createSelectionStore } from '../../src/store/selectionStore';

const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
if (!layout) throw new Error('the default scene does not lay out');
const plan = buildFloorPlan(layout);

/** Hall 2 starts at x = 120 m: a view from its middle, looking west and a little up at a point 4 m high. */
const HALL_2_VIEW: SceneViewpoint = { id: 'hall-2-west', name: { en: 'Hall 2, looking west' }, hall: 'hall-2', positionM: [60, 1.6, 42], lookAtM: [40, 4, 42] };
/** The default expo's named viewpoints and that one. */
const viewpoints = createViewpointFinder({ ...layout, scene: { ...layout.scene, viewpoints: [...(layout.scene.viewpoints ?? []), HALL_2_VIEW] } }, plan);
const locate = createPlaceLocator(layout, plan);

interface Harness {
  navigator: Navigator;
  navigation: NavigationStore;
  entries: string[];
}

function harness(reducedMotion = false): Harness {
  const entries = ['#'];
  const navigation = createNavigationStore({ prefersReducedMotion: reducedMotion, touch: false });
  const navigator = createNavigator({
    plan,
    viewpoints,
    locate,
    visitor: createVisitor(0, 0, 0),
    navigation,
    selection: createSelectionStore(),
    history: { push: (hash) => entries.push(hash), replace: (hash) => (entries[entries.length - 1] = hash) },
    defaultHallId: 'hall-1',
  });
  navigator.attachView({ setOrbitTarget: () => undefined, syncCamera: () => undefined, wake: () => undefined });
  return { navigator, navigation, entries };
}

/** Runs frames (with the timer between them) until the visitor stops moving on their own. */
function settle(navigator: Navigator): void {
  for (let frame = 0; frame < 60 * 120 && visitorIsBusy(navigator.visitor); frame += 1) {
    navigator.step(1000 / 60);
    if (frame % 10 === 0) navigator.tick();
  }
  navigator.tick();
}

/** A guide that counts what it is told. */
function recorder(): NavigatorLeader & { arrivals: number; letGos: number } {
  const told = {
    arrivals: 0,
    letGos: 0,
    arrived: () => {
      told.arrivals += 1;
    },
    letGo: () => {
      told.letGos += 1;
    },
  };
  return told;
}

describe('going to a named viewpoint', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness();
    h.navigator.followLink('', true);
  });

  it('walks there along a route and stands at its position facing its look-at point, in its hall', () => {
    expect(h.navigator.goToViewpoint('hall-2-west', { travel: 'walk', history: 'push' })).toBe(true);
    // A walk through the door between the halls, drawn as a route.
    expect(h.navigation.getState().journey?.route.length).toBeGreaterThan(4);
    settle(h.navigator);
    const { visitor } = h.navigator;
    expect(visitor.ground.xM).toBeCloseTo(180, 1);
    expect(visitor.ground.zM).toBeCloseTo(42, 1);
    // West is heading +π/2 (0 looks towards −z, counter-clockwise seen from above).
    expect(visitor.ground.yawRad).toBeCloseTo(Math.PI / 2, 2);
    // From standing eye height (1.6 m) up to 4 m, 20 m away.
    expect(visitor.pitchRad).toBeCloseTo(Math.atan2(2.4, 20), 2);
    expect(h.navigation.getState().place).toEqual({ kind: 'hall', id: 'hall-2' });
    expect(h.entries.at(-1)).toBe('#/hall/hall-2');
  });

  it('reads the scene points in the hall’s frame: the default expo’s central aisle view of hall 1', () => {
    expect(h.navigator.goToViewpoint('hall-1-central-aisle', { animate: false })).toBe(true);
    expect(visitorIsBusy(h.navigator.visitor)).toBe(false);
    expect(h.navigator.pose.xM).toBeCloseTo(71, 3);
    expect(h.navigator.pose.zM).toBeCloseTo(81, 3);
    // Looking north up the aisle.
    expect(h.navigator.pose.yawRad).toBeCloseTo(0, 3);
  });

  it('cuts there under reduced motion', () => {
    const reduced = harness(true);
    reduced.navigator.followLink('', true);
    reduced.navigator.goToViewpoint('hall-2-west', { travel: 'walk' });
    expect(visitorIsBusy(reduced.navigator.visitor)).toBe(false);
    expect(reduced.navigator.pose.xM).toBeCloseTo(180, 3);
  });

  it('refuses an unknown viewpoint and leaves the visitor where they are', () => {
    const before = { ...h.navigator.pose };
    expect(h.navigator.goToViewpoint('nowhere')).toBe(false);
    expect(visitorIsBusy(h.navigator.visitor)).toBe(false);
    expect(h.navigator.pose).toEqual(before);
    expect(h.navigation.getState().notice).toBeUndefined();
  });
});

describe('a guide’s lead', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness();
    h.navigator.followLink('', true);
  });

  it('tells the guide when its journey arrives, and keeps the lead through its own journeys', () => {
    const guide = recorder();
    const lead = h.navigator.lead(guide);
    expect(lead.goTo({ kind: 'exhibit', id: 'hl-2m-tokamak' }, { travel: 'walk', history: 'none', panel: false })).toBe(true);
    expect(guide.arrivals).toBe(0);
    settle(h.navigator);
    expect(guide.arrivals).toBe(1);
    lead.goToViewpoint('hall-1-central-aisle', { travel: 'walk', history: 'none' });
    settle(h.navigator);
    expect(guide).toMatchObject({ arrivals: 2, letGos: 0 });
    // 'none': the address is the guide's to write.
    expect(h.entries).toEqual(['#/hall/hall-1']);
  });

  it('is taken back by a walking key mid-walk: the walk ends where the visitor is and the guide is told once', () => {
    const guide = recorder();
    const lead = h.navigator.lead(guide);
    lead.goTo({ kind: 'exhibit', id: 'hl-2m-tokamak' }, { travel: 'walk' });
    for (let frame = 0; frame < 30; frame += 1) h.navigator.step(1000 / 60);
    h.navigator.takeOver();
    expect(guide.letGos).toBe(1);
    expect(visitorIsBusy(h.navigator.visitor)).toBe(false);
    h.navigator.takeOver();
    settle(h.navigator);
    expect(guide).toMatchObject({ arrivals: 0, letGos: 1 });
    // Gone: the old lead moves nothing.
    expect(lead.goTo({ kind: 'exhibit', id: 'hl-2m-tokamak' })).toBe(false);
  });

  it('is taken back by input while the visitor stands at the stop', () => {
    const guide = recorder();
    const lead = h.navigator.lead(guide);
    lead.goTo({ kind: 'booth', id: 'booth-a-101' }, { animate: false });
    expect(guide.arrivals).toBe(1);
    h.navigator.takeOver();
    expect(guide.letGos).toBe(1);
  });

  it('is taken back by input held when the walk started (the step interrupts it, the clock notices)', () => {
    const guide = recorder();
    const lead = h.navigator.lead(guide);
    lead.goTo({ kind: 'exhibit', id: 'hl-2m-tokamak' }, { travel: 'walk' });
    h.navigator.intent.keyForward = 1;
    h.navigator.step(1000 / 60);
    h.navigator.tick();
    expect(guide.letGos).toBe(1);
  });

  it('is taken back by anything else that moves the visitor: search or the floor plan, a tap, the overview, Escape, a link', () => {
    const moves: [string, (navigator: Navigator) => void][] = [
      ['goTo', (navigator) => navigator.goTo({ kind: 'booth', id: 'booth-a-101' }, { travel: 'walk' })],
      ['goToPoint', (navigator) => navigator.goToPoint(50, 60)],
      ['tap', (navigator) => navigator.tap('hl-2m-tokamak', undefined)],
      ['setMode', (navigator) => navigator.setMode('overview')],
      ['stop', (navigator) => navigator.stop()],
      ['followLink', (navigator) => navigator.followLink('#/exhibit/hl-2m-tokamak', false)],
      ['goToViewpoint', (navigator) => navigator.goToViewpoint('hall-2-west')],
    ];
    for (const [name, move] of moves) {
      const fresh = harness();
      fresh.navigator.followLink('', true);
      const guide = recorder();
      fresh.navigator.lead(guide).goTo({ kind: 'exhibit', id: 'guohe-one' }, { travel: 'walk' });
      move(fresh.navigator);
      expect(guide.letGos, name).toBe(1);
      settle(fresh.navigator);
      expect(guide.arrivals, name).toBe(0);
    }
  });

  it('lets the guide stop its own walk and go on leading; a released lead hears nothing more', () => {
    const guide = recorder();
    const lead = h.navigator.lead(guide);
    lead.goTo({ kind: 'exhibit', id: 'hl-2m-tokamak' }, { travel: 'walk' });
    for (let frame = 0; frame < 30; frame += 1) h.navigator.step(1000 / 60);
    lead.stop();
    expect(visitorIsBusy(h.navigator.visitor)).toBe(false);
    expect(h.navigation.getState().journey).toBeUndefined();
    expect(guide.letGos).toBe(0);
    expect(lead.goTo({ kind: 'exhibit', id: 'hl-2m-tokamak' }, { animate: false })).toBe(true);
    expect(guide.arrivals).toBe(1);
    lead.release();
    h.navigator.takeOver();
    expect(guide.letGos).toBe(0);
  });
});
