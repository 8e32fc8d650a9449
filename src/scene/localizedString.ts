import type { LocalizedText } from './schema';

export type Language = 'zh' | 'en';

/** The text in the wanted language, falling back to the other one. */
export function localizedString(text: LocalizedText | undefined, language: Language): string {
  if (!text) return '';
  const wanted = text[language]?.trim();
  if (wanted) return wanted;
  return (language === 'zh' ? text.en : text.zh)?.trim() ?? '';
}
