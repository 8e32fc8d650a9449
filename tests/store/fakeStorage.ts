import type { SettingStorage } from '../../src/store/pageStorage';

/** An in-memory storage, as the page's localStorage and sessionStorage behave. */
export function fakeStorage(entries: Record<string, string> = {}): SettingStorage & { entries: Record<string, string> } {
  return {
    entries,
    getItem: (key) => entries[key] ?? null,
    setItem: (key, value) => {
      entries[key] = value;
    },
  };
}

/** A storage that refuses everything, as in some private modes and sandboxed frames. */
export const throwingStorage: SettingStorage = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
};
