/** The tour's state machine: opening, next and previous within bounds, play and pause, arrival, the dwell's end and the tour's end. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Tour } from '../../src/scene';
import { createTourStore, type TourStore } from '../../src/store/tourStore';

const narration = { en: 'Here.' };
const TOURS: Tour[] = [
  { id: 'three', title: { en: 'Three stops' }, stops: [{ exhibit: 'a', narration }, { booth: 'booth-b', narration }, { viewpoint: 'v', narration }] },
  { id: 'one', title: { en: 'One stop' }, stops: [{ exhibit: 'a', narration }] },
];

/** The state without its actions, for comparing. */
function snapshot(store: TourStore) {
  const { tourId, stopIndex, stopCount, playing, phase } = store.getState();
  return { tourId, stopIndex, stopCount, playing, phase };
}

describe('the tour store', () => {
  let store: TourStore;
  beforeEach(() => {
    store = createTourStore(() => TOURS);
  });

  it('starts closed, speech off', () => {
    expect(snapshot(store)).toEqual({ tourId: undefined, stopIndex: 0, stopCount: 0, playing: false, phase: 'travelling' });
    expect(store.getState().speech).toBe(false);
  });

  it('starts a tour playing, on the way to its first stop or the stop asked for', () => {
    expect(store.getState().startTour('three')).toBe(true);
    expect(snapshot(store)).toEqual({ tourId: 'three', stopIndex: 0, stopCount: 3, playing: true, phase: 'travelling' });
    expect(store.getState().startTour('three', 2)).toBe(true);
    expect(snapshot(store)).toMatchObject({ stopIndex: 2, playing: true, phase: 'travelling' });
  });

  it('refuses an unknown tour or a stop the tour does not have, changing nothing', () => {
    store.getState().startTour('one');
    const before = snapshot(store);
    expect(store.getState().startTour('nope')).toBe(false);
    expect(store.getState().startTour('three', 3)).toBe(false);
    expect(store.getState().startTour('three', -1)).toBe(false);
    expect(store.getState().startTour('three', 1.5)).toBe(false);
    expect(store.getState().openStop('three', 7)).toBe(false);
    expect(snapshot(store)).toEqual(before);
  });

  it('opens a linked stop paused, with the visitor there', () => {
    expect(store.getState().openStop('three', 1)).toBe(true);
    expect(snapshot(store)).toEqual({ tourId: 'three', stopIndex: 1, stopCount: 3, playing: false, phase: 'at' });
  });

  it('goes to the next and previous stops within the tour, and no further', () => {
    store.getState().startTour('three');
    store.getState().previous();
    expect(store.getState().stopIndex).toBe(0);
    store.getState().next();
    store.getState().next();
    expect(snapshot(store)).toMatchObject({ stopIndex: 2, phase: 'travelling' });
    store.getState().arrive();
    store.getState().next();
    expect(snapshot(store)).toMatchObject({ stopIndex: 2, phase: 'at' });
    store.getState().previous();
    expect(snapshot(store)).toMatchObject({ stopIndex: 1, phase: 'travelling', playing: true });
  });

  it('moves between stops while paused without starting to play', () => {
    store.getState().openStop('three', 0);
    store.getState().next();
    expect(snapshot(store)).toMatchObject({ stopIndex: 1, phase: 'travelling', playing: false });
  });

  it('arrives only while on the way, and a finished dwell moves on to the next stop', () => {
    store.getState().startTour('three');
    // Not there yet: a dwell cannot finish.
    store.getState().finishStop();
    expect(snapshot(store)).toMatchObject({ stopIndex: 0, phase: 'travelling' });
    store.getState().arrive();
    expect(store.getState().phase).toBe('at');
    store.getState().finishStop();
    expect(snapshot(store)).toMatchObject({ stopIndex: 1, phase: 'travelling', playing: true });
  });

  it('ends after the last stop, paused, and plays again from the first', () => {
    store.getState().startTour('three', 2);
    store.getState().arrive();
    store.getState().finishStop();
    expect(snapshot(store)).toMatchObject({ tourId: 'three', stopIndex: 2, playing: false, phase: 'ended' });
    store.getState().play();
    expect(snapshot(store)).toMatchObject({ stopIndex: 0, playing: true, phase: 'travelling' });
  });

  it('keeps the stop when paused, lets no dwell finish while paused, and plays on from the same stop', () => {
    store.getState().startTour('three', 1);
    store.getState().arrive();
    store.getState().pause();
    expect(snapshot(store)).toMatchObject({ stopIndex: 1, playing: false, phase: 'at' });
    store.getState().finishStop();
    expect(snapshot(store)).toMatchObject({ stopIndex: 1, playing: false, phase: 'at' });
    store.getState().play();
    // Back to the stop first: the visitor may have walked off while paused.
    expect(snapshot(store)).toMatchObject({ stopIndex: 1, playing: true, phase: 'travelling' });
  });

  it('closes the tour', () => {
    store.getState().startTour('three', 2);
    store.getState().leave();
    expect(snapshot(store)).toEqual({ tourId: undefined, stopIndex: 0, stopCount: 0, playing: false, phase: 'travelling' });
    // Nothing to play once closed.
    store.getState().play();
    expect(store.getState().playing).toBe(false);
  });

  it('reads the tours when a tour is opened, so a scene loaded later counts', () => {
    const scene: { tours: Tour[] | undefined } = { tours: undefined };
    const late = createTourStore(() => scene.tours);
    expect(late.getState().startTour('one')).toBe(false);
    scene.tours = TOURS;
    expect(late.getState().startTour('one')).toBe(true);
  });
});
