/**
 * A query part as the term ids it matches, each with the weight MiniSearch would give it, and an
 * upper bound on the documents holding them, so `createSearchIndex` can tell a narrow part (worth
 * a MiniSearch run) from a broad one (checked on candidates, or scanned) before running anything.
 * The expansion mirrors `partQuery`: the same prefix, one-edit, swapped-letter and pinyin terms
 * MiniSearch would visit, weighted by its formulas (an exact term 1, a longer one by prefix
 * 0.375, one edit away 0.45, both shrinking with the distance).
 */
import { CODE_MARK, PINYIN_MARK } from './indexFields';
import { SWAP_WEIGHT, type QueryPart } from './planSearchQuery';
import type { TermCatalogue } from './termCatalogue';

/** Term ids of a part, their weights, and the documents they are in counted with repeats (an upper bound). */
export interface ExpandedPart {
  termIds: number[];
  /** Weight of each term id, 0–1, in `termIds` order. */
  weights: number[];
  documentEstimate: number;
}

/** MiniSearch's default weights of a prefix and of a fuzzy match. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** Whether a term belongs to a marked field (pinyin, code) rather than to the text fields. */
const isMarked = (term: string): boolean => term.startsWith(PINYIN_MARK) || term.startsWith(CODE_MARK);

/** MiniSearch's weight of a term found by prefix `distance` characters longer than the query. */
const prefixWeight = (length: number, distance: number): number => (distance === 0 ? 1 : (PREFIX_WEIGHT * length) / (length + 0.3 * distance));

/** Expands one part against the catalogue. */
export function expandQueryPart(part: QueryPart, catalogue: TermCatalogue): ExpandedPart {
  const weightOf = new Map<number, number>();
  const add = (id: number, weight: number): void => {
    if ((weightOf.get(id) ?? 0) < weight) weightOf.set(id, weight);
  };
  const addTerm = (term: string, prefix: boolean, boost: number): void => {
    if (prefix) for (const [found, id] of catalogue.withPrefix(term)) add(id, boost * prefixWeight(found.length, found.length - term.length));
    else {
      const id = catalogue.idOf(term);
      if (id !== undefined) add(id, boost);
    }
  };
  if (part.kind === 'cjk') addTerm(part.term, false, 1);
  else {
    addTerm(part.word, part.prefix, 1);
    if (part.fuzzy) {
      for (const [term, id, edits] of catalogue.near(part.word, 1)) {
        // A one-edit neighbour may be a marked term ("~tianyan" is one insertion from "tianyan"): not a text term.
        if (!isMarked(term)) add(id, edits === 0 ? 1 : (FUZZY_WEIGHT * term.length) / (term.length + edits));
      }
    }
    for (const swap of part.swaps) addTerm(swap, part.prefix, SWAP_WEIGHT);
    if (part.pinyin) addTerm(PINYIN_MARK + part.word, true, 1);
  }
  const termIds = [...weightOf.keys()];
  let documentEstimate = 0;
  for (const id of termIds) documentEstimate += catalogue.documentFrequency[id] ?? 0;
  return { termIds, weights: termIds.map((id) => weightOf.get(id) ?? 0), documentEstimate };
}

/**
 * Whether the booth-code alternative (every code starting with the compact query) is in at most
 * `limit` documents. Stops counting past the limit: "h1" on the stress scene starts 4,400 codes,
 * and walking them all took 2 ms.
 */
export function codePrefixWithin(compact: string, catalogue: TermCatalogue, limit: number): boolean {
  let documents = 0;
  for (const [, id] of catalogue.withPrefix(CODE_MARK + compact)) {
    documents += catalogue.documentFrequency[id] ?? 0;
    if (documents > limit) return false;
  }
  return true;
}
