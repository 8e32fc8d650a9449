import { describe, expect, it } from 'vitest';
import { createQualityStore, effectiveQuality, type SettingStorage } from '../../src/store/qualityStore';

function memoryStorage(initial: Record<string, string> = {}): SettingStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value) };
}

describe('quality store', () => {
  it('starts on auto: high on a desktop, medium on a touch device', () => {
    expect(effectiveQuality(createQualityStore(false).getState())).toBe('high');
    expect(effectiveQuality(createQualityStore(true).getState())).toBe('medium');
  });

  it('steps the auto level one at a time, and never under a fixed setting', () => {
    const store = createQualityStore(false);
    expect(store.getState().stepAuto(1)).toBe(false);
    expect(store.getState().stepAuto(-1)).toBe(true);
    expect(effectiveQuality(store.getState())).toBe('medium');
    store.getState().setSetting('high');
    expect(store.getState().stepAuto(-1)).toBe(false);
    expect(effectiveQuality(store.getState())).toBe('high');
  });

  it('remembers the choice, and ignores a stored value it does not know', () => {
    const storage = memoryStorage();
    createQualityStore(false, storage).getState().setSetting('low');
    expect(createQualityStore(false, storage).getState().setting).toBe('low');
    expect(createQualityStore(false, memoryStorage({ 'cloud-expo.quality': '<script>' })).getState().setting).toBe('auto');
  });

  it('keeps working when storage throws (private mode)', () => {
    const broken: SettingStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const store = createQualityStore(false, broken);
    store.getState().setSetting('medium');
    expect(effectiveQuality(store.getState())).toBe('medium');
  });
});
