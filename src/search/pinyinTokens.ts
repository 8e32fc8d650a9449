/**
 * Pinyin terms for Chinese names, so a visitor without a Chinese keyboard finds 中国天眼 by
 * `tianyan` or `zgty` and 华为 by `hw` (issue 10).
 *
 * The index is searched by prefix, but a visitor types any part of a name, so each Han run is
 * indexed as the pinyin of every suffix of its syllables: 中国天眼 gives zhongguotianyan,
 * guotianyan, tianyan, yan and the initials zgty, gty, ty, y. A prefix of one of them is a
 * substring of the name's pinyin that starts at a syllable. Each suffix is cut after
 * `MAX_PINYIN_SYLLABLES` syllables: terms stay short, and nobody types more than eight syllables
 * without a space. Runs repeat (100k-exhibit scenes reuse titles and exhibitor names), so the
 * syllables and terms of each distinct run are computed once per indexer.
 *
 * Readings come from pinyin-pro (its word dictionary picks 重庆 chongqing, not zhongqing) at index
 * time only; the query side needs no dictionary.
 */
import { pinyin } from 'pinyin-pro';
import { normalizeSearchText } from './normalizeText';
import type { TextSegment } from './tokenize';

/** Syllables in one suffix term. */
export const MAX_PINYIN_SYLLABLES = 8;

const HAN_RUN = /\p{Script=Han}+/gu;
const PINYIN_SYLLABLE = /^[a-z]+$/;

/** Pinyin terms and whole-name keys of text, with a cache per distinct Han run. */
export interface PinyinIndexer {
  /** Full-pinyin and initials terms of every syllable suffix of every Han run (`segmentText` segments). */
  suffixTerms(segments: readonly TextSegment[]): string[];
  /**
   * The whole text in full pinyin and in initials, other words kept as they are, without
   * separators and cut to `maxLength` ("华为 Mate" → "huaweimate", "hwmate"); empty when the text
   * has no Han characters.
   */
  wholeKeys(segments: readonly TextSegment[], maxLength: number): string[];
}

/** Creates an indexer; keep one for a whole index build so its cache is shared. */
export function createPinyinIndexer(): PinyinIndexer {
  const syllableCache = new Map<string, string[]>();
  const termCache = new Map<string, string[]>();

  /** Tone-less syllables of a Han run, normalized (ü → u); characters without a reading are dropped. */
  const syllablesOf = (run: string): string[] => {
    let syllables = syllableCache.get(run);
    if (!syllables) {
      syllables = pinyin(run, { toneType: 'none', type: 'array' })
        .map((syllable) => normalizeSearchText(syllable))
        .filter((syllable) => PINYIN_SYLLABLE.test(syllable));
      syllableCache.set(run, syllables);
    }
    return syllables;
  };

  const termsOf = (run: string): string[] => {
    let terms = termCache.get(run);
    if (!terms) {
      const syllables = syllablesOf(run);
      terms = [];
      for (let start = 0; start < syllables.length; start += 1) {
        const suffix = syllables.slice(start, start + MAX_PINYIN_SYLLABLES);
        terms.push(suffix.join(''), suffix.map((syllable) => syllable[0] ?? '').join(''));
      }
      termCache.set(run, terms);
    }
    return terms;
  };

  return {
    suffixTerms(segments) {
      const terms: string[] = [];
      for (const segment of segments) {
        if (!segment.cjk) continue;
        for (const match of segment.text.matchAll(HAN_RUN)) for (const term of termsOf(match[0])) terms.push(term);
      }
      return terms;
    },
    wholeKeys(segments, maxLength) {
      let full = '';
      let initials = '';
      let hasHan = false;
      for (const segment of segments) {
        if (!segment.cjk) {
          full += segment.text;
          initials += segment.text;
          continue;
        }
        for (const match of segment.text.matchAll(HAN_RUN)) {
          const syllables = syllablesOf(match[0]);
          if (syllables.length > 0) hasHan = true;
          full += syllables.join('');
          initials += syllables.map((syllable) => syllable[0] ?? '').join('');
        }
        if (full.length >= maxLength) break;
      }
      return hasHan ? [full.slice(0, maxLength), initials.slice(0, maxLength)] : [];
    },
  };
}
