/**
 * A country's name from its ISO 3166 code, in the visitor's language ("CN" → 中国 / China), from
 * the browser's own tables (`Intl.DisplayNames`), so no list of names ships with the app.
 */
import type { Language } from '../../scene';

const namers = new Map<Language, Intl.DisplayNames>();

/** Undefined for "ZZ" (ISO 3166's unknown) or a code the browser cannot name: better nothing than "Unknown Region". */
export function countryName(code: string, language: Language): string | undefined {
  if (code === 'ZZ') return undefined;
  let namer = namers.get(language);
  if (!namer) {
    namer = new Intl.DisplayNames([language === 'zh' ? 'zh-CN' : 'en'], { type: 'region', fallback: 'none' });
    namers.set(language, namer);
  }
  try {
    return namer.of(code);
  } catch {
    return undefined;
  }
}
