import { describe, expect, it } from 'vitest';
import {
  computeLoadingPercent,
  createLoadingStore,
  INITIAL_LOADING_STATE,
  recordHallShown,
  recordModelBytes,
  recordModelFileSettled,
  recordSceneBytes,
  recordSceneParsed,
  resetLoading,
  startModelFiles,
  whenHallShown,
} from '../../src/store/loadingStore';

const percent = (store: ReturnType<typeof createLoadingStore>) => store.getState().percent;

describe('the loading percent', () => {
  it('follows the scene file’s bytes against its length: 30 of 100 for the whole file', () => {
    const store = createLoadingStore();
    recordSceneBytes(store, 0, 1000);
    expect(percent(store)).toBe(0);
    recordSceneBytes(store, 500, 1000);
    expect(percent(store)).toBe(15);
    recordSceneBytes(store, 1000, 1000);
    expect(percent(store)).toBe(30);
  });

  it('shows nothing for a file of unknown length until it is read, then its whole share', () => {
    const store = createLoadingStore();
    recordSceneBytes(store, 700_000, undefined);
    expect(percent(store)).toBe(0);
    recordSceneParsed(store);
    expect(percent(store)).toBe(40);
  });

  it('adds the parse, the first frame, then each model file as it settles, and is 100 only when the last has', () => {
    const store = createLoadingStore();
    recordSceneBytes(store, 10, 10);
    recordSceneParsed(store);
    recordHallShown(store);
    expect(percent(store)).toBe(50);
    startModelFiles(store, 4);
    recordModelFileSettled(store, 'a.glb');
    expect(percent(store)).toBe(62);
    recordModelFileSettled(store, 'b.glb');
    recordModelFileSettled(store, 'c.glb');
    expect(percent(store)).toBe(87);
    recordModelFileSettled(store, 'd.glb');
    expect(percent(store)).toBe(100);
  });

  it('counts a model file in flight by its bytes, at most 90 % of its part (decoding is the rest)', () => {
    const store = createLoadingStore();
    recordSceneParsed(store);
    recordHallShown(store);
    startModelFiles(store, 1);
    recordModelBytes(store, 'a.glb', 50, 100);
    expect(percent(store)).toBe(72);
    recordModelBytes(store, 'a.glb', 100, 100);
    expect(percent(store)).toBe(95);
    recordModelFileSettled(store, 'a.glb');
    expect(percent(store)).toBe(100);
    expect(store.getState().modelFilesPartial).toBe(0);
  });

  it('ignores the bytes of a model file of unknown length (the file counts when it settles)', () => {
    const store = createLoadingStore();
    startModelFiles(store, 2);
    recordModelBytes(store, 'a.glb', 5000, undefined);
    expect(store.getState().modelFilesPartial).toBe(0);
  });

  it('never goes back, even when a later stage says less', () => {
    const store = createLoadingStore();
    recordSceneBytes(store, 900, 1000);
    expect(percent(store)).toBe(27);
    // A retried download reports fewer bytes: the percent stays.
    recordSceneBytes(store, 100, 1000);
    expect(percent(store)).toBe(27);
    recordSceneParsed(store);
    recordHallShown(store);
    startModelFiles(store, 2);
    recordModelBytes(store, 'a.glb', 100, 100);
    const before = percent(store);
    startModelFiles(store, 2);
    expect(percent(store)).toBe(before);
  });

  it('is at most 99 while anything is still loading', () => {
    expect(
      computeLoadingPercent({ ...INITIAL_LOADING_STATE, sceneParsed: true, hallShown: true, modelFiles: 1000, modelFilesSettled: 999, modelFilesPartial: 0.9 }),
    ).toBe(99);
    expect(computeLoadingPercent({ ...INITIAL_LOADING_STATE, sceneParsed: true, hallShown: true, modelFiles: undefined })).toBe(50);
  });

  it('is 100 once the halls are shown when the scene has no model files', () => {
    const store = createLoadingStore();
    recordSceneParsed(store);
    startModelFiles(store, 0);
    expect(percent(store)).toBe(90);
    recordHallShown(store);
    expect(percent(store)).toBe(100);
  });

  it('starts over for a new scene', () => {
    const store = createLoadingStore();
    recordSceneParsed(store);
    resetLoading(store);
    expect(store.getState()).toEqual(INITIAL_LOADING_STATE);
  });
});

describe('models arriving after the halls are shown', () => {
  it('remembers that the in-hall indicator was needed: models still arriving when the halls were shown', () => {
    const late = createLoadingStore();
    startModelFiles(late, 3);
    recordHallShown(late);
    expect(late.getState().modelsAfterHall).toBe(true);
    const none = createLoadingStore();
    startModelFiles(none, 0);
    recordHallShown(none);
    expect(none.getState().modelsAfterHall).toBe(false);
  });

  it('lets work wait for the first frame', async () => {
    const store = createLoadingStore();
    let started = false;
    const waiting = whenHallShown(store).then(() => (started = true));
    await Promise.resolve();
    expect(started).toBe(false);
    recordHallShown(store);
    await waiting;
    expect(started).toBe(true);
  });
});
