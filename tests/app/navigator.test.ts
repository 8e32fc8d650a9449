/** The navigator in Node: links, taps, the overview and place tracking, with a fake history and real stores. */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createNavigator, type Navigator } from '../../src/app/navigation/navigator';
import { buildFloorPlan } from '../../src/navigation/floorPlan';
import { createPlaceLocator } from '../../src/navigation/placeLocator';
import { createViewpointFinder } from '../../src/navigation/viewpoints';
import { createVisitor, stepVisitor, visitorIsBusy, type Visitor } from '../../src/navigation/visitor';
import { createWalkIntent, type WalkIntent } from '../../src/navigation/walkIntent';
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
  visitor: Visitor;
  navigation: NavigationStore;
  selection: SelectionStore;
  entries: string[];
  orbitTarget: readonly number[] | undefined;
  /** What the orbit controls did to the camera, copied in by `syncCamera`. */
  orbited: { xM: number; yM: number; zM: number; yawRad: number; pitchRad: number } | undefined;
  intent: WalkIntent;
}

function harness(reducedMotion = false): Harness {
  const entries = ['#'];
  const navigation = createNavigationStore({ prefersReducedMotion: reducedMotion, touch: false });
  const selection = createSelectionStore();
  const visitor = createVisitor(0, 0, 0);
  const intent = createWalkIntent();
  const h: Harness = { navigator: undefined as unknown as Navigator, visitor, navigation, selection, entries, orbitTarget: undefined, orbited: undefined, intent };
  h.navigator = createNavigator({
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
    setOrbitTarget: (target) => {
      h.orbitTarget = target;
    },
    wake: () => undefined,
    intent,
    syncCamera: () => {
      if (h.orbited) Object.assign(visitor.camera, h.orbited);
    },
  });
  return h;
}

function settle(visitor: Visitor): void {
  for (let frame = 0; frame < 60 * 120 && visitorIsBusy(visitor); frame += 1) stepVisitor(visitor, createWalkIntent(), 1000 / 60, plan);
}

describe('the navigator', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness();
  });

  it('opens at the default hall entrance and writes the hall into the URL', () => {
    expect(h.navigator.goTo({ kind: 'hall', id: 'hall-1' }, { history: 'replace', animate: false })).toBe(true);
    // The first placement is a cut, whatever the motion setting.
    expect(visitorIsBusy(h.visitor)).toBe(false);
    expect(h.visitor.ground).toMatchObject({ xM: 60, zM: 81.5 });
    expect(h.entries).toEqual(['#/hall/hall-1']);
    expect(h.navigation.getState().place).toEqual({ kind: 'hall', id: 'hall-1' });
  });

  it('answers an unknown id with a notice, the entrance, and the hall in the URL', () => {
    expect(h.navigator.goTo({ kind: 'booth', id: 'nope' }, { history: 'replace', animate: false })).toBe(false);
    expect(h.navigation.getState().notice).toEqual({ place: { kind: 'booth', id: 'nope' }, hallId: 'hall-1' });
    expect(h.visitor.ground).toMatchObject({ xM: 60, zM: 81.5 });
    expect(h.entries).toEqual(['#/hall/hall-1']);
    // And the hall stays the place while the visitor stands at its entrance.
    h.navigator.trackPlace();
    expect(h.entries).toEqual(['#/hall/hall-1']);
  });

  it('flies to a linked exhibit, selects it, and keeps it as the place while the visitor stays', () => {
    h.navigator.goTo({ kind: 'hall', id: 'hall-1' }, { history: 'replace', animate: false });
    h.navigator.goTo({ kind: 'exhibit', id: 'hl-2m-tokamak' }, { history: 'push', animate: true });
    expect(visitorIsBusy(h.visitor)).toBe(true);
    expect(h.selection.getState().selectedId).toBe('hl-2m-tokamak');
    expect(h.entries).toEqual(['#/hall/hall-1', '#/exhibit/hl-2m-tokamak']);
    settle(h.visitor);
    h.navigator.trackPlace();
    expect(h.entries.at(-1)).toBe('#/exhibit/hl-2m-tokamak');
    // Walking off: the URL follows, replacing the entry.
    h.visitor.ground.zM += 6;
    h.navigator.trackPlace();
    expect(h.entries).toHaveLength(2);
    expect(h.entries.at(-1)).not.toBe('#/exhibit/hl-2m-tokamak');
    expect(h.navigation.getState().place?.kind).not.toBe('exhibit');
  });

  it('keeps a linked booth as the place on arrival even where another booth counts as nearer', () => {
    // booth-n-004's viewpoint is nearer booth-n-001's footprint (a wide booth beside it).
    const viewpoint = viewpoints.booth('booth-n-004');
    if (!viewpoint) throw new Error('no booth-n-004');
    expect(locate(viewpoint.xM, viewpoint.zM, viewpoint.yawRad)).not.toEqual({ kind: 'booth', id: 'booth-n-004' });
    h.navigator.goTo({ kind: 'booth', id: 'booth-n-004' }, { history: 'replace', animate: false });
    h.navigator.trackPlace();
    expect(h.entries).toEqual(['#/booth/booth-n-004']);
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

  it('walks to a tapped exhibit and pushes its link; a floor tap walks without a new entry', () => {
    h.navigator.goTo({ kind: 'hall', id: 'hall-1' }, { history: 'replace', animate: false });
    const target = layout.exhibits.find((placed) => placed.hallIndex === 0)?.exhibit.id ?? '';
    h.navigator.tap(target, undefined);
    expect(h.visitor.route.length).toBeGreaterThan(0);
    expect(h.entries.at(-1)).toBe(`#/exhibit/${target}`);
    settle(h.visitor);
    h.navigator.tap(undefined, [60, 70]);
    expect(visitorIsBusy(h.visitor)).toBe(true);
    expect(h.entries).toHaveLength(2);
    // A tap on the sky does nothing.
    const before = h.visitor.route.length;
    h.navigator.tap(undefined, undefined);
    expect(h.visitor.route.length).toBe(before);
  });

  it('rises to the overview of the visitor’s hall and drops back down on a floor tap', () => {
    h.navigator.goTo({ kind: 'hall', id: 'hall-2' }, { history: 'replace', animate: false });
    h.navigator.setMode('overview');
    expect(h.navigation.getState().mode).toBe('overview');
    expect(h.orbitTarget).toEqual([180, 0, 42]);
    settle(h.visitor);
    expect(h.visitor.mode).toBe('overview');
    h.navigator.tap(undefined, [170, 50]);
    expect(h.navigation.getState().mode).toBe('walk');
    settle(h.visitor);
    expect(h.visitor.mode).toBe('walk');
    expect(Math.hypot(h.visitor.ground.xM - 170, h.visitor.ground.zM - 50)).toBeLessThan(6);
  });

  it('starts the way back down from where the orbit controls left the camera, and clears an old notice', () => {
    h.navigator.goTo({ kind: 'booth', id: 'nope' }, { history: 'replace', animate: false });
    expect(h.navigation.getState().notice).toBeDefined();
    h.navigator.setMode('overview');
    settle(h.visitor);
    h.orbited = { xM: 10, yM: 30, zM: 10, yawRad: 1, pitchRad: -0.5 };
    h.navigator.goTo({ kind: 'booth', id: 'booth-a-101' }, { history: 'push', animate: true });
    expect(h.visitor.flight?.from).toMatchObject(h.orbited);
    expect(h.navigation.getState().notice).toBeUndefined();
  });

  it('drops a wheel step still queued when a journey starts, so the route is walked to its end', () => {
    h.navigator.goTo({ kind: 'hall', id: 'hall-1' }, { history: 'replace', animate: false });
    h.intent.pendingForwardM = 3;
    h.intent.lookYawRad = 0.4;
    h.navigator.tap(undefined, [60, 70]);
    expect(h.intent.pendingForwardM).toBe(0);
    expect(h.intent.lookYawRad).toBe(0);
    for (let frame = 0; frame < 60 * 60 && visitorIsBusy(h.visitor); frame += 1) stepVisitor(h.visitor, h.intent, 1000 / 60, plan);
    expect(Math.hypot(h.visitor.ground.xM - 60, h.visitor.ground.zM - 70)).toBeLessThan(0.5);
  });

  it('cuts under reduced motion', () => {
    const reduced = harness(true);
    reduced.navigator.goTo({ kind: 'hall', id: 'hall-1' }, { history: 'replace', animate: false });
    reduced.navigator.goTo({ kind: 'booth', id: 'booth-a-101' }, { history: 'push', animate: true });
    expect(visitorIsBusy(reduced.visitor)).toBe(false);
    reduced.navigator.tap(undefined, [60, 70]);
    expect(visitorIsBusy(reduced.visitor)).toBe(false);
  });
});
