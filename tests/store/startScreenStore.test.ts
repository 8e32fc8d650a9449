import { describe, expect, it } from 'vitest';
import type { SettingStorage } from '../../src/store/pageStorage';
import { createStartScreenStore, ENTERED_STORAGE_KEY, isDeepLink, startScreenOpensAt } from '../../src/store/startScreenStore';

function memoryStorage(entries: Record<string, string> = {}): SettingStorage & { entries: Record<string, string> } {
  return {
    entries,
    getItem: (key) => entries[key] ?? null,
    setItem: (key, value) => {
      entries[key] = value;
    },
  };
}

const throwing: SettingStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('the start screen', () => {
  it('opens for a visitor who comes without a link', () => {
    expect(startScreenOpensAt('', memoryStorage())).toBe(true);
    expect(startScreenOpensAt('#', memoryStorage())).toBe(true);
    expect(startScreenOpensAt('#top', memoryStorage())).toBe(true);
  });

  it('is skipped by a link into the expo, even one that leads nowhere', () => {
    expect(startScreenOpensAt('#/booth/booth-a-101', memoryStorage())).toBe(false);
    expect(startScreenOpensAt('#/tour/headline-exhibits/3', memoryStorage())).toBe(false);
    expect(startScreenOpensAt('#/nonsense', memoryStorage())).toBe(false);
    expect(isDeepLink('#/')).toBe(false);
  });

  it('is skipped on a reload of a tab that has entered, and remembered on entering', () => {
    const storage = memoryStorage();
    const store = createStartScreenStore(true, storage);
    store.getState().enter();
    expect(store.getState().open).toBe(false);
    expect(storage.entries[ENTERED_STORAGE_KEY]).toBe('1');
    expect(startScreenOpensAt('', storage)).toBe(false);
  });

  it('still opens and still lets the visitor in where storage is blocked', () => {
    expect(startScreenOpensAt('', throwing)).toBe(true);
    expect(startScreenOpensAt('', undefined)).toBe(true);
    const store = createStartScreenStore(true, throwing);
    expect(() => store.getState().enter()).not.toThrow();
    expect(store.getState().open).toBe(false);
  });
});
