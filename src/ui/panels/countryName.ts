/**
 * A country's name from its ISO 3166 code, in the visitor's language ("CN" → 中国 / China), from
 * the browser's own tables, so no list of names ships with the app.
 */
import type { Language } from '../../scene';
import { regionNamer } from '../../search/regionNamer';

const namers = new Map<Language, (code: string) => string | undefined>();

/** Undefined for "ZZ" (ISO 3166's unknown) or a code the browser cannot name: better nothing than "Unknown Region". */
export function countryName(code: string, language: Language): string | undefined {
  if (code === 'ZZ') return undefined;
  let namer = namers.get(language);
  if (!namer) {
    namer = regionNamer(language === 'zh' ? 'zh-CN' : 'en');
    namers.set(language, namer);
  }
  return namer(code);
}
