import { describe, expect, it } from 'vitest';
import { fakeStorage, throwingStorage } from './fakeStorage';
import { createStartScreenStore, ENTERED_STORAGE_KEY, isDeepLink, startScreenOpensAt } from '../../src/store/startScreenStore';

describe('the start screen', () => {
  it('opens for a visitor who comes without a link', () => {
    expect(startScreenOpensAt('', fakeStorage())).toBe(true);
    expect(startScreenOpensAt('#', fakeStorage())).toBe(true);
    expect(startScreenOpensAt('#top', fakeStorage())).toBe(true);
  });

  it('is skipped by a link into the expo, even one that leads nowhere', () => {
    expect(startScreenOpensAt('#/booth/booth-a-101', fakeStorage())).toBe(false);
    expect(startScreenOpensAt('#/tour/headline-exhibits/3', fakeStorage())).toBe(false);
    expect(startScreenOpensAt('#/nonsense', fakeStorage())).toBe(false);
    expect(isDeepLink('#/')).toBe(false);
  });

  it('is skipped on a reload of a tab that has entered, and remembered on entering', () => {
    const storage = fakeStorage();
    const store = createStartScreenStore(true, storage);
    store.getState().enter();
    expect(store.getState().open).toBe(false);
    expect(storage.entries[ENTERED_STORAGE_KEY]).toBe('1');
    expect(startScreenOpensAt('', storage)).toBe(false);
  });

  it('still opens and still lets the visitor in where storage is blocked', () => {
    expect(startScreenOpensAt('', throwingStorage)).toBe(true);
    expect(startScreenOpensAt('', undefined)).toBe(true);
    const store = createStartScreenStore(true, throwingStorage);
    expect(() => store.getState().enter()).not.toThrow();
    expect(store.getState().open).toBe(false);
  });
});
