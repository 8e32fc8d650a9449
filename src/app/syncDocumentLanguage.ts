/**
 * Keeps `<html lang>` on the label language, so screen readers pick the right voice, browsers
 * offer the right translation and CJK text is drawn with Chinese (not Japanese) glyph forms.
 * Called once at startup (`main.tsx`); index.html's own `lang` covers the moment before.
 */
import { LANGUAGE_TAGS, type LanguageStore } from '../store/languageStore';

/** The element whose `lang` follows the store: `document.documentElement` in the app. */
export interface LangElement {
  lang: string;
}

/** Sets `element.lang` now and on every language change; returns the unsubscribe. */
export function syncDocumentLanguage(store: LanguageStore, element: LangElement): () => void {
  element.lang = LANGUAGE_TAGS[store.getState().language];
  return store.subscribe((state, previous) => {
    if (state.language !== previous.language) element.lang = LANGUAGE_TAGS[state.language];
  });
}
