/**
 * The language of labels (header, messages); scene text falls back to the other language.
 *
 * The visitor's choice is remembered across reloads with zustand's `persist` middleware, under
 * `cloud-expo.language`, and only the language is stored. What comes back from storage is
 * treated as hostile: anything but 'zh' or 'en' (an old format, another tab's bug, a hand edit)
 * is ignored and the browser's preference stands. Storage that throws (private mode, a sandboxed
 * frame, a full quota) never breaks the switch: the choice is applied and just not remembered.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { Language } from '../scene';
import { pageStorage, type SettingStorage } from './pageStorage';

export interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

export type LanguageStore = StoreApi<LanguageState>;

/** The key the choice is remembered under in the page's storage. */
export const LANGUAGE_STORAGE_KEY = 'cloud-expo.language';

/** BCP 47 tags for `<html lang>` and `Intl`: Simplified Chinese as written in mainland China. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { zh: 'zh-CN', en: 'en' };

/** Whether `value` is one of the label languages. */
export function isLanguage(value: unknown): value is Language {
  return value === 'zh' || value === 'en';
}

/**
 * `storage` with every call guarded: `persist` lets a throwing `setItem` escape from `setState`
 * (zustand 5.1.0, `middleware.mjs`), which would make the language button throw in private mode.
 */
function guardedStorage(storage: SettingStorage): StateStorage {
  return {
    getItem: (key) => {
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    setItem: (key, value) => {
      try {
        storage.setItem(key, value);
      } catch {
        // Not remembered, still applied.
      }
    },
    removeItem: () => {
      // Never called: the store neither clears nor migrates by removal.
    },
  };
}

/**
 * A language store starting in `initial` (the browser's preference) unless `storage` remembers a
 * valid earlier choice; the app uses `languageStore`, tests make their own with a fake storage.
 * Without `storage` nothing is remembered.
 */
export function createLanguageStore(initial: Language, storage?: SettingStorage): LanguageStore {
  const state = (set: (partial: Partial<LanguageState>) => void): LanguageState => ({
    language: initial,
    setLanguage: (language) => set({ language }),
  });
  if (!storage) return createStore<LanguageState>()(state);
  return createStore<LanguageState>()(
    persist(state, {
      name: LANGUAGE_STORAGE_KEY,
      storage: createJSONStorage(() => guardedStorage(storage)),
      partialize: (current) => ({ language: current.language }),
      version: 1,
      // A record of another version is still read, and `merge` decides what of it is kept.
      migrate: (persisted) => persisted,
      // Only a valid language is taken from storage; nothing else (functions included) is merged.
      merge: (persisted, current) => {
        const language = typeof persisted === 'object' && persisted !== null ? (persisted as { language?: unknown }).language : undefined;
        return isLanguage(language) ? { ...current, language } : current;
      },
    }),
  );
}

/** Chinese for visitors whose browser prefers it, English otherwise. */
export function preferredLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** The app's label language: the visitor's remembered choice, else the browser's preferred languages. */
export const languageStore: LanguageStore = createLanguageStore(
  typeof navigator === 'undefined' ? 'en' : preferredLanguage(navigator.languages ?? [navigator.language]),
  pageStorage(),
);
