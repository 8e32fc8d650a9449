/** The navigator in Node: links, journeys walked or flown, arrival and interruption, taps and the overview, with a fake history and real stores. */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createNavigator, type Navigator } from '../../src/app/navigation/navigator';
import { buildFloorPlan } from '../../src/navigation/floorPlan';
import { createPlaceLocator } from '../../src/navigation/placeLocator';
import { createViewpointFinder } from '../../src/navigation/viewpoints';
import { createVisitor, visitorIsBusy } from '../../src/navigation/visitor';
import { parseScene } from '../../src/scene';
import { createNavigationStore, type NavigationStore } from '../../src/store/navigationStore';
import { createSelectionStore, type SelectionStore } from '../../src/store/selectionStore';

const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
if (!layout) throw new Error('the default scene does not lay out');
const plan = buildFloorPlan(layout);
const viewpoints = createViewpointFinder(layout, plan);
const locate = createPlaceLocator(layout, plan);

interface Harness {
  navigator: Navigator;
  navigation: NavigationStore;
  selection: SelectionStore;
  entries: string[];
  orbitTarget: readonly number[] | undefined;
  /** What the orbit controls did to the camera, copied in by `syncCamera`. */
  orbited: { xM: number; yM: number; zM: number; yawRad: number; pitchRad: number } | undefined;
}

function harness(reducedMotion = false): Harness {
  const entries = ['#'];
  const navigation = createNavigationStore({ prefersReducedMotion: reducedMotion, touch: false });
  const selection = createSelectionStore();
  const visitor = createVisitor(0, 0, 0);
  const navigator = createNavigator({
    plan,
    viewpoints,
    locate,
    visitor,
    navigation,
    selection,
    history: {
      push: (hash) => entries.push(hash),
      replace: (hash) => {
        entries[entries.length - 1] = hash;
      },
    },
    defaultHallId: 'hall-1',
  });
  const h: Harness = { navigator, navigation, selection, entries, orbitTarget: undefined, orbited: undefined };
  navigator.attachView({
    setOrbitTarget: (target) => {
      h.orbitTarget = target;
    },
    syncCamera: () => {
      if (h.orbited) Object.assign(visitor.camera, h.orbited);
    },
    wake: () => undefined,
  });
  return h;
}

/** Runs frames (with the timer between them) until the visitor stops moving on their own. */
function settle(navigator: Navigator): void {
  for (let frame = 0; frame < 60 * 120 && visitorIsBusy(navigator.visitor); frame += 1) {
    navigator.step(1000 / 60);
    if (frame % 10 === 0) navigator.tick();
  }
  navigator.tick();
}

const hallOfX = (xM: number): string | undefined => plan.hallAt(xM, 42)?.id;

describe('the navigator', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness();
  });

  it('opens at the default hall entrance and writes the hall into the URL', () => {
    h.navigator.followLink('', true);
    // The first placement is a cut, whatever the motion setting.
    expect(visitorIsBusy(h.navigator.visitor)).toBe(false);
    expect(h.navigator.pose).toMatchObject({ xM: 60, zM: 81.5 });
    expect(h.entries).toEqual(['#/hall/hall-1']);
    expect(h.navigation.getState().place).toEqual({ kind: 'hall', id: 'hall-1' });
  });

  it('answers an unknown id with a notice, the entrance, and the hall in the URL', () => {
    h.navigator.followLink('#/booth/nope', true);
    expect(h.navigation.getState().notice).toEqual({ kind: 'unknown', place: { kind: 'booth', id: 'nope' }, hallId: 'hall-1' });
    expect(h.navigator.pose).toMatchObject({ xM: 60, zM: 81.5 });
    expect(h.entries).toEqual(['#/hall/hall-1']);
    // And the hall stays the place while the visitor stands at its entrance.
    h.navigator.tick();
    expect(h.entries).toEqual(['#/hall/hall-1']);
  });

  it('says so when the address is no link at all, and shows the entrance', () => {
    h.navigator.followLink('#/booth/booth-a-101', true);
    h.navigator.followLink('#/garbage', false);
    expect(h.navigation.getState().notice).toEqual({ kind: 'malformed', link: '#/garbage', hallId: 'hall-1' });
    expect(h.navigator.pose).toMatchObject({ xM: 60, zM: 81.5 });
    expect(h.entries.at(-1)).toBe('#/hall/hall-1');
    // An empty hash later (the visitor cleared the address) is no mistake to report.
    h.navigation.getState().dismissNotice();
    h.navigator.followLink('', false);
    expect(h.navigation.getState().notice).toBeUndefined();
  });

  it('flies to a linked exhibit, opens its panel and writes its link on arrival, and keeps it as the place while the visitor stays', () => {
    h.navigator.followLink('', true);
    h.navigator.goTo({ kind: 'exhibit', id: 'hl-2m-tokamak' });
    expect(visitorIsBusy(h.navigator.visitor)).toBe(true);
    expect(h.selection.getState().selectedId).toBeUndefined();
    expect(h.entries).toEqual(['#/hall/hall-1']);
    settle(h.navigator);
    expect(h.selection.getState().selectedId).toBe('hl-2m-tokamak');
    expect(h.entries).toEqual(['#/hall/hall-1', '#/exhibit/hl-2m-tokamak']);
    // Walking off: the URL follows, replacing the entry.
    h.navigator.visitor.ground.zM += 6;
    h.navigator.tick();
    expect(h.entries).toHaveLength(2);
    expect(h.entries.at(-1)).not.toBe('#/exhibit/hl-2m-tokamak');
    expect(h.navigation.getState().place?.kind).not.toBe('exhibit');
  });

  it('keeps a linked booth as the place on arrival even where another booth counts as nearer, and opens the booth panel', () => {
    // booth-n-004's viewpoint is nearer booth-n-001's footprint (a wide booth beside it).
    const viewpoint = viewpoints.booth('booth-n-004');
    if (!viewpoint) throw new Error('no booth-n-004');
    expect(locate(viewpoint.xM, viewpoint.zM, viewpoint.yawRad)).not.toEqual({ kind: 'booth', id: 'booth-n-004' });
    h.navigator.followLink('#/booth/booth-n-004', true);
    h.navigator.tick();
    expect(h.entries).toEqual(['#/booth/booth-n-004']);
    expect(h.selection.getState().selectedBoothId).toBe('booth-n-004');
  });

  it('walks a chosen exhibit in another hall through the doors, drawing the route until arrival', () => {
    h.navigator.followLink('', true);
    const far = layout.exhibits.find((placed) => placed.hallIndex === 3 && placed.exhibit.role !== 'furniture');
    if (!far) throw new Error('the default expo has no exhibit in hall 4');
    expect(h.navigator.goTo({ kind: 'exhibit', id: far.exhibit.id }, { travel: 'walk' })).toBe(true);
    const journey = h.navigation.getState().journey;
    expect(journey?.target).toEqual({ kind: 'exhibit', id: far.exhibit.id });
    const route = journey?.route ?? [];
    // It starts at the visitor's feet and passes every hall on the way, 1 to 4, in order.
    expect(route.slice(0, 2)).toEqual([60, 81.5]);
    const halls: string[] = [];
    for (let k = 0; k + 1 < route.length; k += 2) {
      const hall = hallOfX(route[k] ?? 0);
      if (hall && halls.at(-1) !== hall) halls.push(hall);
    }
    expect(halls).toEqual(['hall-1', 'hall-2', 'hall-3', 'hall-4']);
    settle(h.navigator);
    const viewpoint = viewpoints.exhibit(far.exhibit.id);
    expect(Math.hypot(h.navigator.pose.xM - (viewpoint?.xM ?? NaN), h.navigator.pose.zM - (viewpoint?.zM ?? NaN))).toBeLessThan(0.01);
    expect(h.navigator.pose.yawRad).toBeCloseTo(viewpoint?.yawRad ?? NaN, 2);
    expect(h.navigation.getState().journey).toBeUndefined();
    expect(h.selection.getState().selectedId).toBe(far.exhibit.id);
    expect(h.entries.at(-1)).toBe(`#/exhibit/${far.exhibit.id}`);
  });

  it('ends a journey without arriving when the visitor drags to look, and on stop()', () => {
    h.navigator.followLink('', true);
    h.navigator.goTo({ kind: 'booth', id: 'booth-n-001' }, { travel: 'walk' });
    for (let frame = 0; frame < 30; frame += 1) h.navigator.step(1000 / 60);
    expect(h.navigation.getState().journey).toBeDefined();
    h.navigator.intent.lookYawRad = 0.2;
    h.navigator.step(1000 / 60);
    h.navigator.tick();
    expect(h.navigation.getState().journey).toBeUndefined();
    expect(visitorIsBusy(h.navigator.visitor)).toBe(false);
    expect(h.selection.getState().selectedBoothId).toBeUndefined();
    expect(h.entries.at(-1)).not.toBe('#/booth/booth-n-001');

    h.navigator.goTo({ kind: 'booth', id: 'booth-n-001' }, { travel: 'walk' });
    for (let frame = 0; frame < 30; frame += 1) h.navigator.step(1000 / 60);
    const stoppedAt = { ...h.navigator.pose };
    h.navigator.stop();
    expect(h.navigation.getState().journey).toBeUndefined();
    h.navigator.step(1000 / 60);
    expect(h.navigator.pose).toEqual(stoppedAt);
    h.navigator.tick();
    expect(h.selection.getState().selectedBoothId).toBeUndefined();
  });

  it('keeps the journey under way when a new request leads nowhere', () => {
    h.navigator.followLink('', true);
    h.navigator.goTo({ kind: 'booth', id: 'booth-n-001' }, { travel: 'walk' });
    const journey = h.navigation.getState().journey;
    expect(journey).toBeDefined();
    // Far outside every hall: no free floor near it.
    expect(h.navigator.goToPoint(9999, 9999)).toBe(false);
    expect(h.navigation.getState().journey).toBe(journey);
    settle(h.navigator);
    expect(h.entries.at(-1)).toBe('#/booth/booth-n-001');
    expect(h.selection.getState().selectedBoothId).toBe('booth-n-001');
  });

  it('counts input that comes after the last step but before the timer as coming after arrival', () => {
    h.navigator.followLink('', true);
    h.navigator.goTo({ kind: 'exhibit', id: 'hl-2m-tokamak' }, { travel: 'walk' });
    for (let frame = 0; frame < 60 * 120 && visitorIsBusy(h.navigator.visitor); frame += 1) h.navigator.step(1000 / 60);
    // The visitor has arrived; a key goes down before the timer noticed.
    h.navigator.takeOver();
    expect(h.selection.getState().selectedId).toBe('hl-2m-tokamak');
    expect(h.entries.at(-1)).toBe('#/exhibit/hl-2m-tokamak');
  });

  it('ends a journey when a walking key is already held as it starts', () => {
    h.navigator.followLink('', true);
    h.navigator.goTo({ kind: 'booth', id: 'booth-n-001' }, { travel: 'walk' });
    h.navigator.intent.keyForward = 1;
    h.navigator.step(1000 / 60);
    h.navigator.tick();
    expect(h.navigation.getState().journey).toBeUndefined();
    h.navigator.intent.keyForward = 0;
    settle(h.navigator);
    expect(h.selection.getState().selectedBoothId).toBeUndefined();
  });

  it('flies, rather than snapping back to the floor, when a walk is asked for in mid-flight', () => {
    h.navigator.followLink('', true);
    h.navigator.goTo({ kind: 'hall', id: 'hall-3' });
    for (let frame = 0; frame < 20; frame += 1) h.navigator.step(1000 / 60);
    const midAir = { ...h.navigator.visitor.camera };
    expect(midAir.yM).toBeGreaterThan(2);
    h.navigator.goTo({ kind: 'booth', id: 'booth-a-101' }, { travel: 'walk' });
    h.navigator.step(1000 / 60);
    // The new flight starts where the camera was: no jump of more than a frame's travel.
    expect(Math.hypot(h.navigator.visitor.camera.xM - midAir.xM, h.navigator.visitor.camera.zM - midAir.zM)).toBeLessThan(2);
    expect(h.navigator.visitor.camera.yM).toBeGreaterThan(1.7);
    settle(h.navigator);
    expect(h.entries.at(-1)).toBe('#/booth/booth-a-101');
  });

  it('opens no panel on arrival when asked not to (stepping through the booth list)', () => {
    h.navigator.followLink('', true);
    h.navigator.goTo({ kind: 'booth', id: 'booth-n-001' }, { history: 'replace', panel: false });
    settle(h.navigator);
    expect(h.entries).toEqual(['#/booth/booth-n-001']);
    expect(h.selection.getState().selectedBoothId).toBeUndefined();
  });

  it('closes the panel of an exhibit in one hall when the visitor goes to another hall', () => {
    h.navigator.followLink('#/exhibit/hl-2m-tokamak', true);
    expect(h.selection.getState().selectedId).toBe('hl-2m-tokamak');
    h.navigator.goTo({ kind: 'hall', id: 'hall-3' });
    expect(h.selection.getState().selectedId).toBeUndefined();
    settle(h.navigator);
    expect(h.selection.getState().selectedId).toBeUndefined();
  });

  it('names the booth a standing visitor faces, else the hall', () => {
    let named = 0;
    for (const booth of layout.booths) {
      const viewpoint = viewpoints.booth(booth.id);
      if (viewpoint && locate(viewpoint.xM, viewpoint.zM, viewpoint.yawRad)?.id === booth.id) named += 1;
    }
    expect(named).toBeGreaterThan(layout.booths.length * 0.95);
    // In the middle of a hall's widest aisle, away from every booth: the hall.
    expect(locate(0.6, 42, Math.PI / 2)).toEqual({ kind: 'hall', id: 'hall-1' });
    expect(locate(60, 300, 0)).toBeUndefined();
  });

  it('walks to a tapped exhibit and pushes its link on arrival; a floor tap walks without a new entry', () => {
    h.navigator.followLink('', true);
    const target = layout.exhibits.find((placed) => placed.hallIndex === 0)?.exhibit.id ?? '';
    h.navigator.tap(target, undefined);
    expect(h.navigator.visitor.route.length).toBeGreaterThan(0);
    settle(h.navigator);
    expect(h.entries.at(-1)).toBe(`#/exhibit/${target}`);
    h.navigator.tap(undefined, [60, 70]);
    expect(visitorIsBusy(h.navigator.visitor)).toBe(true);
    expect(h.navigation.getState().journey?.target).toBeUndefined();
    settle(h.navigator);
    expect(h.entries).toHaveLength(2);
    // A tap on the sky does nothing.
    h.navigator.tap(undefined, undefined);
    expect(visitorIsBusy(h.navigator.visitor)).toBe(false);
  });

  it('rises to the overview of the visitor’s hall and drops back down on a floor tap', () => {
    h.navigator.followLink('#/hall/hall-2', true);
    h.navigator.setMode('overview');
    expect(h.navigation.getState().mode).toBe('overview');
    expect(h.orbitTarget).toEqual([180, 0, 42]);
    settle(h.navigator);
    expect(h.navigator.visitor.mode).toBe('overview');
    h.navigator.tap(undefined, [170, 50]);
    expect(h.navigation.getState().mode).toBe('walk');
    settle(h.navigator);
    expect(h.navigator.visitor.mode).toBe('walk');
    expect(Math.hypot(h.navigator.pose.xM - 170, h.navigator.pose.zM - 50)).toBeLessThan(6);
  });

  it('dropping from the overview into the next hall writes that hall’s place into the address', () => {
    h.navigator.followLink('#/hall/hall-1', true);
    h.navigator.setMode('overview');
    settle(h.navigator);
    // A spot in hall 2, seen at the edge of hall 1's overview.
    h.navigator.tap(undefined, [135, 60]);
    settle(h.navigator);
    expect(plan.hallAt(h.navigator.pose.xM, h.navigator.pose.zM)?.id).toBe('hall-2');
    const place = h.navigation.getState().place;
    const hallOfPlace =
      place?.kind === 'hall' ? place.id : place?.kind === 'booth' ? layout.scene.halls[layout.booths.find((booth) => booth.id === place.id)?.hallIndex ?? -1]?.id : undefined;
    expect(hallOfPlace).toBe('hall-2');
    expect(h.entries.at(-1)).toBe(place ? `#/${place.kind}/${place.id}` : '');
  });

  it('starts the way back down from where the orbit controls left the camera, and clears an old notice', () => {
    h.navigator.followLink('#/booth/nope', true);
    expect(h.navigation.getState().notice).toBeDefined();
    h.navigator.setMode('overview');
    settle(h.navigator);
    h.orbited = { xM: 10, yM: 30, zM: 10, yawRad: 1, pitchRad: -0.5 };
    h.navigator.goTo({ kind: 'booth', id: 'booth-a-101' });
    expect(h.navigator.visitor.flight?.from).toMatchObject(h.orbited);
    expect(h.navigation.getState().notice).toBeUndefined();
  });

  it('drops a wheel step still queued when a journey starts, so the route is walked to its end', () => {
    h.navigator.followLink('', true);
    h.navigator.intent.pendingForwardM = 3;
    h.navigator.intent.lookYawRad = 0.4;
    h.navigator.tap(undefined, [60, 70]);
    expect(h.navigator.intent.pendingForwardM).toBe(0);
    expect(h.navigator.intent.lookYawRad).toBe(0);
    settle(h.navigator);
    expect(Math.hypot(h.navigator.pose.xM - 60, h.navigator.pose.zM - 70)).toBeLessThan(0.5);
  });

  it('tells its listeners after every frame that finds the visitor moved (a step or a cut), and only then', () => {
    let calls = 0;
    const unsubscribe = h.navigator.onMove(() => {
      calls += 1;
    });
    // The first placement is a cut: the frame after it tells the listeners, the next does not.
    h.navigator.followLink('', true);
    h.navigator.step(1000 / 60);
    expect(calls).toBe(1);
    h.navigator.step(1000 / 60);
    expect(calls).toBe(1);
    calls = 0;
    h.navigator.intent.keyForward = 1;
    h.navigator.step(1000 / 60);
    h.navigator.step(1000 / 60);
    expect(calls).toBe(2);
    unsubscribe();
    h.navigator.step(1000 / 60);
    expect(calls).toBe(2);
  });

  it('cuts under reduced motion: arrival, panel and link at once, no route drawn', () => {
    const reduced = harness(true);
    reduced.navigator.followLink('', true);
    reduced.navigator.goTo({ kind: 'exhibit', id: 'hl-2m-tokamak' }, { travel: 'walk' });
    expect(visitorIsBusy(reduced.navigator.visitor)).toBe(false);
    expect(reduced.navigation.getState().journey).toBeUndefined();
    expect(reduced.selection.getState().selectedId).toBe('hl-2m-tokamak');
    expect(reduced.entries.at(-1)).toBe('#/exhibit/hl-2m-tokamak');
    reduced.navigator.tap(undefined, [60, 70]);
    expect(visitorIsBusy(reduced.navigator.visitor)).toBe(false);
  });
});
