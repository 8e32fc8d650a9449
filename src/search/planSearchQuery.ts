/**
 * Turns what a visitor typed into query parts, and each part into a MiniSearch query.
 *
 * A query is the AND of its parts (a word, or one CJK pair), ORed with the booth-code prefix, so
 * "A-101", "a101" and "a-101" all reach booth A-101; the compact query is also looked up as a
 * whole-name key (`keyIndex`), and exact names lead the results:
 *
 *   OR ─┬─ AND ─┬─ word  = OR(text fields: prefix, fuzzy; swapped letters; pinyin fields: prefix)
 *       │       ├─ …
 *       │       └─ each CJK pair of each run (or its single character), exact, text fields
 *       └─ code = the compact query, prefix, booth codes (only when it has a digit)
 *
 * - Prefix on the last word (it is being typed) and on earlier words of 3+ characters; a 1–2
 *   character word in the middle ("a" of "A 101") matches whole terms only, because the prefix
 *   walk for one letter visits a large part of the vocabulary.
 * - Fuzzy: one edit for words of 5+ letters, none for shorter or digit-bearing ones (issue 10;
 *   "2023" must not find "2022"). MiniSearch counts edits as Levenshtein, where swapped letters
 *   ("huawie") are two, so the word's adjacent swaps are searched too, weighted like a fuzzy match.
 * - Pinyin fields take ASCII words by prefix only: fuzzy pinyin finds unrelated syllables.
 * - A query is cut to `MAX_QUERY_CHARACTERS` characters, `MAX_QUERY_PARTS` parts and
 *   `MAX_PAIRS_PER_RUN` pairs a CJK run (the substring check still tests the whole run): a
 *   10,000-character paste costs no more than a long title.
 *
 * `expandQueryPart` gives the same parts as term ids, and must stay in step with `partQuery`.
 */
import type { Query } from 'minisearch';
import { CODE_MARK, FIELD_BOOSTS, KEY_LENGTH, PINYIN_FIELDS, PINYIN_MARK, TEXT_FIELDS } from './indexFields';
import { normalizeSearchText } from './normalizeText';
import { cjkQueryTerms, compactSegments, segmentText } from './tokenize';

/** Characters of a query read; the rest is ignored. */
export const MAX_QUERY_CHARACTERS = 200;
/** Parts are bits of a 32-bit mask when matched against the forward index. */
export const MAX_QUERY_PARTS = 24;
/** CJK pairs of one run searched; the substring check covers the rest. */
export const MAX_PAIRS_PER_RUN = 8;
/** Shortest word searched with one edit. */
export const FUZZY_MIN_LETTERS = 5;
/** Shortest earlier (not last) word searched by prefix. */
const PREFIX_MIN_LENGTH = 3;
/** Weight of a swapped-letters match, as MiniSearch weighs a fuzzy one. */
export const SWAP_WEIGHT = 0.45;

const LETTERS_ONLY = /^\p{L}+$/u;
const ASCII_LETTERS = /^[a-z]+$/;
const HAS_DIGIT = /\p{N}/u;

/** A word: searched in the text fields (prefix, one edit, swapped letters) and as pinyin. */
export interface WordPart {
  kind: 'word';
  word: string;
  prefix: boolean;
  fuzzy: boolean;
  /** The word with two adjacent letters swapped, each way (empty unless `fuzzy`). */
  swaps: string[];
  /** Whether it is also searched as pinyin (ASCII letters only). */
  pinyin: boolean;
}

/** One CJK pair (or a lone character), matched exactly in the text fields. */
export interface CjkPart {
  kind: 'cjk';
  term: string;
}

/** One required part of a query. */
export type QueryPart = WordPart | CjkPart;

/** A planned query. */
export interface SearchPlan {
  /** All required, unless the key or code matches. */
  parts: QueryPart[];
  /** The query without separators, a whole-name key; empty when longer than any key (`KEY_LENGTH`). */
  compact: string;
  /** Whether `compact` is also searched as a booth-code prefix (it has a digit). */
  code: boolean;
  /** CJK runs of three or more characters: the document text must contain each as a substring. */
  confirmRuns: string[];
}

/** "huawie" → "uhawie", "hauwie", "huwaie", "huaiwe", "huawei". */
function adjacentSwaps(word: string): string[] {
  const letters = Array.from(word);
  const swaps = new Set<string>();
  for (let index = 0; index + 1 < letters.length; index += 1) {
    const a = letters[index] as string;
    const b = letters[index + 1] as string;
    if (a === b) continue;
    const swapped = [...letters];
    swapped[index] = b;
    swapped[index + 1] = a;
    swaps.add(swapped.join(''));
  }
  return [...swaps];
}

function wordPart(word: string, isLast: boolean): WordPart {
  const fuzzy = LETTERS_ONLY.test(word) && Array.from(word).length >= FUZZY_MIN_LETTERS;
  return {
    kind: 'word',
    word,
    prefix: isLast || word.length >= PREFIX_MIN_LENGTH,
    fuzzy,
    swaps: fuzzy ? adjacentSwaps(word) : [],
    pinyin: ASCII_LETTERS.test(word),
  };
}

/** Plans a query; undefined when it has nothing to search for (empty, spaces, only symbols). */
export function planSearchQuery(raw: string): SearchPlan | undefined {
  const normalized = normalizeSearchText(raw.slice(0, MAX_QUERY_CHARACTERS));
  const segments = segmentText(normalized);
  if (segments.length === 0) return undefined;

  // Keyed by what they match, so a repeated word or pair counts once ("huawei huawei …").
  const parts = new Map<string, QueryPart>();
  const confirmRuns = new Set<string>();
  segments.forEach((segment, index) => {
    if (segment.cjk) {
      for (const term of cjkQueryTerms(segment.text).slice(0, MAX_PAIRS_PER_RUN)) parts.set(`cjk:${term}`, { kind: 'cjk', term });
      if (Array.from(segment.text).length >= 3) confirmRuns.add(segment.text);
    } else {
      const part = wordPart(segment.text, index === segments.length - 1);
      const key = `word:${part.word}`;
      // The last word's prefix search covers the same word earlier without one.
      if (!parts.has(key) || part.prefix) parts.set(key, part);
    }
  });
  // One character more than a key holds tells a query longer than any key (keys are cut there).
  const joined = compactSegments(segments, KEY_LENGTH + 1);
  const compact = Array.from(joined).length > KEY_LENGTH ? '' : joined;
  return { parts: [...parts.values()].slice(0, MAX_QUERY_PARTS), compact, code: HAS_DIGIT.test(compact), confirmRuns: [...confirmRuns] };
}

/** The MiniSearch query of one part. */
export function partQuery(part: QueryPart): Query {
  if (part.kind === 'cjk') return { queries: [part.term], fields: TEXT_FIELDS, prefix: false, fuzzy: false };
  const alternatives: Query[] = [{ queries: [part.word], fields: TEXT_FIELDS, prefix: part.prefix, fuzzy: part.fuzzy ? 1 : false }];
  if (part.swaps.length > 0) {
    alternatives.push({ queries: part.swaps, fields: TEXT_FIELDS, prefix: part.prefix, fuzzy: false, boostTerm: () => SWAP_WEIGHT });
  }
  if (part.pinyin) alternatives.push({ queries: [PINYIN_MARK + part.word], fields: PINYIN_FIELDS, prefix: true, fuzzy: false });
  return { combineWith: 'OR', queries: alternatives };
}

/** The booth-code query: the compact query as a code prefix. */
export function codeQuery(compact: string): Query {
  return { queries: [CODE_MARK + compact], fields: ['code'], prefix: true, fuzzy: false };
}

/** The whole query for MiniSearch: the parts ANDed, ORed with the alternatives, field boosts set. */
export function combineQuery(parts: readonly Query[], alternatives: readonly Query[]): Query {
  const all: Query[] = parts.length > 0 ? [{ combineWith: 'AND', queries: [...parts] }] : [];
  return { combineWith: 'OR', queries: [...all, ...alternatives], boost: FIELD_BOOSTS };
}
