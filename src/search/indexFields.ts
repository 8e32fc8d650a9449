/**
 * How a search document is written into the index: which fields, what text each holds, how each
 * is cut into terms, and how much a match in each counts.
 *
 * - `title`, `context` (the exhibitor's name on exhibits and booths) and `description`: words and
 *   CJK characters and pairs (`textTerms`), searched by the visitor's words.
 * - `titlePinyin`, `contextPinyin`: pinyin suffix terms of the Chinese names (`pinyinTokens`).
 * - `code`: booth codes without separators (a101), the booth's own and those of the booths an
 *   exhibit or exhibitor is on, searched by prefix.
 * - Not a field: the whole-name keys (中国天眼fast射电望远镜模型, huawei, hw, a101), looked up
 *   exactly for the exact-name tier (`keyIndex`).
 *
 * Terms are made once per document (`createIndexTermMaker`) and given both to MiniSearch and to the
 * term catalogue (`termCatalogue`), which needs them to decide how a query is run.
 *
 * MiniSearch keeps one vocabulary for all fields and a prefix search walks every term with that
 * prefix, whatever its field. So the terms of the pinyin and code fields start with a mark that no
 * typed word contains (`~`, `#`): a pinyin prefix walk never visits English words, nor an English
 * one pinyin. (When the keys were a field too, unmarked, "stress" on the 100k stress scene walked
 * 122k keys "stressexhibith1a0011" … to find no title match: 750 ms a query.)
 */
import type { LocalizedText } from '../scene';
import { normalizeSearchText } from './normalizeText';
import { createPinyinIndexer } from './pinyinTokens';
import type { SearchDocument } from './searchTypes';
import { compactSegments, compactText, segmentTerms, segmentText, textTerms } from './tokenize';

/** Every field of the index. */
export const INDEX_FIELDS = ['title', 'titlePinyin', 'context', 'contextPinyin', 'code', 'description'] as const;
/** One field of the index. */
export type IndexField = (typeof INDEX_FIELDS)[number];

/** The terms one document gives each field, and its whole-name keys. */
export type IndexTerms = Record<IndexField, string[]> & { keys: string[] };

/** Fields searched with the visitor's words and CJK pairs. */
export const TEXT_FIELDS: IndexField[] = ['title', 'context', 'description'];
/** Fields searched with ASCII words as pinyin. */
export const PINYIN_FIELDS: IndexField[] = ['titlePinyin', 'contextPinyin'];

/**
 * Weights of a match in each field. A name matters more than the exhibitor's name on an exhibit
 * (which would otherwise lift every exhibit of "Sample exhibitor A-101" above the exhibitor
 * itself), and a description, often boilerplate shared by hundreds of exhibits, least; an exact
 * booth code outweighs any single word.
 */
export const FIELD_BOOSTS: Record<IndexField, number> = {
  title: 2,
  titlePinyin: 1.5,
  context: 0.25,
  contextPinyin: 0.25,
  code: 2,
  description: 0.3,
};

/** Whole-name keys and codes are cut to this many characters (a query too). */
export const KEY_LENGTH = 32;

/** First character of every term of the pinyin fields. */
export const PINYIN_MARK = '~';
/** First character of every term of the `code` field. */
export const CODE_MARK = '#';

const marked = (mark: string, terms: Iterable<string>): string[] => Array.from(terms, (term) => mark + term);

function joinLanguages(text: { zh?: string; en?: string } | undefined): string {
  if (!text) return '';
  return normalizeSearchText(`${text.zh ?? ''}\n${text.en ?? ''}`);
}

/** What one name in one language gives: its terms, pinyin terms (marked) and whole-name keys. */
interface NameTerms {
  terms: string[];
  pinyin: string[];
  keys: string[];
}

/**
 * Makes documents' terms. One maker per index build: it caches each distinct name, because names
 * repeat (an exhibitor's name is the context of each of its exhibits), and pinyin per Han run.
 */
export function createIndexTermMaker(): (document: SearchDocument) => IndexTerms {
  const pinyin = createPinyinIndexer();
  const names = new Map<string, NameTerms>();
  const nameTerms = (name: string | undefined): NameTerms | undefined => {
    if (!name) return undefined;
    let found = names.get(name);
    if (!found) {
      const segments = segmentText(normalizeSearchText(name));
      const keys = [compactSegments(segments, KEY_LENGTH), ...pinyin.wholeKeys(segments, KEY_LENGTH)].filter((key) => key !== '');
      found = { terms: segmentTerms(segments), pinyin: marked(PINYIN_MARK, pinyin.suffixTerms(segments)), keys };
      names.set(name, found);
    }
    return found;
  };
  const both = (text: LocalizedText | undefined): NameTerms[] => {
    const found: NameTerms[] = [];
    for (const name of [text?.zh, text?.en]) {
      const terms = nameTerms(name);
      if (terms) found.push(terms);
    }
    return found;
  };

  return (document) => {
    const title = both(document.title);
    const context = both(document.exhibitor);
    const codes = new Set<string>();
    for (const code of document.kind === 'booth' && document.boothCode ? [document.boothCode, ...document.codes] : document.codes) {
      const compact = compactText(normalizeSearchText(code), KEY_LENGTH);
      if (compact) codes.add(compact);
    }
    return {
      title: title.flatMap((name) => name.terms),
      titlePinyin: title.flatMap((name) => name.pinyin),
      context: context.flatMap((name) => name.terms),
      contextPinyin: context.flatMap((name) => name.pinyin),
      code: marked(CODE_MARK, codes),
      description: document.description ? textTerms(joinLanguages(document.description)) : [],
      keys: [...new Set(title.flatMap((name) => name.keys))],
    };
  };
}

/**
 * The text a CJK query run must be a substring of: the same fields as `TEXT_FIELDS`, normalized,
 * with a line break between them so no run spans two.
 */
export function confirmationText(document: SearchDocument): string {
  return `${joinLanguages(document.title)}\n${joinLanguages(document.exhibitor)}\n${joinLanguages(document.description)}`;
}
