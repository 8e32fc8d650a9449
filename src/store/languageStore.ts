/** The language of labels (header, messages); scene text falls back to the other language. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Language } from '../scene';

export interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

export type LanguageStore = StoreApi<LanguageState>;

/** A language store starting in `initial`; the app uses `languageStore`, tests make their own. */
export function createLanguageStore(initial: Language): LanguageStore {
  return createStore<LanguageState>()((set) => ({
    language: initial,
    setLanguage: (language) => set({ language }),
  }));
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

/** The app's label language, first chosen from the browser's preferred languages. */
export const languageStore: LanguageStore = createLanguageStore(
  typeof navigator === 'undefined' ? 'en' : preferredLanguage(navigator.languages ?? [navigator.language]),
);
