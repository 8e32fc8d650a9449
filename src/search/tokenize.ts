/**
 * Terms for the index and the query, from normalized text (`normalizeSearchText`).
 *
 * Chinese has no spaces, and a visitor types any part of a name (天眼 for “中国天眼”), so word
 * splitting would miss; a dictionary segmenter would also be large and still split 天眼 from 中国
 * differently from one title to the next. Instead a run of CJK characters is indexed as its single
 * characters and its overlapping pairs (中 国 天 眼 中国 国天 天眼), and a query run becomes its
 * pairs, all required: every pair of 天眼 is in the title, so it is a candidate, and the final
 * substring test (`createSearchIndex`) keeps only titles where the pairs really are adjacent.
 * Everything else (Latin, digits, Cyrillic …) is split into words at anything that is not a letter
 * or digit, so "HL-2M" gives "hl" and "2m".
 */
import { NON_ASCII } from './normalizeText';

/** One piece of text: a run of CJK characters, or a word of other letters and digits. */
export interface TextSegment {
  cjk: boolean;
  text: string;
}

/**
 * A CJK run (Han, kana, Hangul: searched by characters and pairs; `々` and `〇` are Han, the kana
 * length mark `ー` is added by hand) or a word of other letters, digits and marks.
 */
const SEGMENT = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+)|((?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー])[\p{L}\p{N}\p{M}])+)/gu;

/** Longer words are cut: nobody types 65 letters, and the vocabulary stays small. */
export const MAX_WORD_LENGTH = 64;

/** Separators in ASCII text: splitting on them costs a tenth of the Unicode-aware pattern above. */
const ASCII_SEPARATORS = /[^A-Za-z0-9]+/;

/** CJK runs and words of normalized text, in order. */
export function segmentText(normalized: string): TextSegment[] {
  const segments: TextSegment[] = [];
  if (!NON_ASCII.test(normalized)) {
    for (const word of normalized.split(ASCII_SEPARATORS)) if (word !== '') segments.push({ cjk: false, text: word.slice(0, MAX_WORD_LENGTH) });
    return segments;
  }
  for (const match of normalized.matchAll(SEGMENT)) {
    if (match[1] !== undefined) segments.push({ cjk: true, text: match[1] });
    else if (match[2] !== undefined) segments.push({ cjk: false, text: match[2].slice(0, MAX_WORD_LENGTH) });
  }
  return segments;
}

/** The index terms of a CJK run: every character and every adjacent pair. */
export function cjkIndexTerms(run: string, into: string[] = []): string[] {
  const characters = Array.from(run);
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index] as string;
    into.push(character);
    const next = characters[index + 1];
    if (next !== undefined) into.push(character + next);
  }
  return into;
}

/** The query terms of a CJK run: its adjacent pairs, or the character itself when it is alone. */
export function cjkQueryTerms(run: string): string[] {
  const characters = Array.from(run);
  if (characters.length === 1) return characters;
  const pairs = new Set<string>();
  for (let index = 0; index + 1 < characters.length; index += 1) pairs.add((characters[index] as string) + (characters[index + 1] as string));
  return [...pairs];
}

/** Index terms of segments: the words, and the characters and pairs of the CJK runs. */
export function segmentTerms(segments: readonly TextSegment[]): string[] {
  const terms: string[] = [];
  for (const segment of segments) {
    if (segment.cjk) cjkIndexTerms(segment.text, terms);
    else terms.push(segment.text);
  }
  return terms;
}

/** Index terms of normalized text. */
export function textTerms(normalized: string): string[] {
  return segmentTerms(segmentText(normalized));
}

/** Segments joined without separators, cut to `maxLength` characters. */
export function compactSegments(segments: readonly TextSegment[], maxLength: number): string {
  let compact = '';
  for (const segment of segments) {
    compact += segment.text;
    if (compact.length >= maxLength) break;
  }
  return compact.length <= maxLength ? compact : Array.from(compact).slice(0, maxLength).join('');
}

/** The text with every separator removed ("A-101" → "a101", "中国 天眼" → "中国天眼"), cut to `maxLength`. */
export function compactText(normalized: string, maxLength: number): string {
  return compactSegments(segmentText(normalized), maxLength);
}
