import { useStore } from 'zustand';
import type { Language } from '../scene';
import { languageStore } from './languageStore';

/** The current label language and its setter. */
export function useLanguage(): [Language, (language: Language) => void] {
  const language = useStore(languageStore, (state) => state.language);
  const setLanguage = useStore(languageStore, (state) => state.setLanguage);
  return [language, setLanguage];
}
