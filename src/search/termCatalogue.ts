/**
 * What the search needs to know about terms besides MiniSearch's index: how many documents each
 * term is in, which terms a word expands to (prefix, one edit), and which terms each document
 * holds (a forward index).
 *
 * MiniSearch spends about 2 µs per (term, field, document) it scores and has no way to stop
 * early, so a word in most documents ("stress" in the 100k stress scene: 220k postings) took
 * 300–400 ms. With document frequencies a query can tell such broad words before running them
 * (`createSearchIndex`): they are checked on the few candidates of the narrow words, or, when no
 * word is narrow, found by scanning the forward index in rank order until the results are full.
 *
 * The forward index is two typed arrays (compressed sparse rows): the entries of document `d` are
 * `entries[starts[d] … starts[d + 1])`, each `termId * FIELD_SLOTS + field`. The inverted index
 * is the same shape the other way: the documents of term `t` are `postings[postingStarts[t] …
 * postingStarts[t + 1])`, as positions in the rank order the catalogue was finished with, rising,
 * so a scan over them meets the best-ranked documents first.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { INDEX_FIELDS, type IndexTerms } from './indexFields';

/** Entries pack the field index into the low bits: 8 slots hold the 6 fields. */
export const FIELD_SLOTS = 8;


/** Terms, their document frequencies and each document's terms. */
export interface TermCatalogue {
  /** Number of distinct terms; ids run from 0 to `termCount - 1`. */
  readonly termCount: number;
  /** Documents holding each term (any field), by term id. */
  readonly documentFrequency: Int32Array;
  /** Forward index: where each document's entries start; one more than there are documents. */
  readonly starts: Int32Array;
  /** Forward index entries: `termId * FIELD_SLOTS + INDEX_FIELDS.indexOf(field)`. */
  readonly entries: Int32Array;
  /** Inverted index: where each term's postings start; one more than there are terms. */
  readonly postingStarts: Int32Array;
  /** Inverted index postings: rank positions (see `finish`) of the documents holding the term, rising. */
  readonly postings: Int32Array;
  /** The id of a term, if any document holds it. */
  idOf(term: string): number | undefined;
  /** The term and every longer term starting with it, with their ids, lazily. */
  withPrefix(prefix: string): Iterable<[string, number]>;
  /** The terms within `maxDistance` edits (Levenshtein) of the term, itself included: term, id, edits. */
  near(term: string, maxDistance: number): [string, number, number][];
  /** The terms held by more than `documents` documents. */
  termsInMoreThan(documents: number): Set<string>;
}

/** Collects documents' terms in document order; `finish` freezes them into a catalogue. */
export interface TermCatalogueBuilder {
  add(terms: IndexTerms): void;
  /** `rankOrder[r]` is the document at rank position `r`: every document once. */
  finish(rankOrder: Int32Array): TermCatalogue;
}

/** Creates an empty catalogue builder. */
export function createTermCatalogueBuilder(): TermCatalogueBuilder {
  const ids = new Map<string, number>();
  const frequency: number[] = [];
  /** The last document counted for each term, so a term counts once per document. */
  const lastDocument: number[] = [];
  const starts: number[] = [0];
  const entries: number[] = [];
  const fieldIndex = new Map(INDEX_FIELDS.map((field, index) => [field, index]));

  return {
    add(terms) {
      const document = starts.length - 1;
      for (const field of INDEX_FIELDS) {
        const slot = fieldIndex.get(field) ?? 0;
        const seenInField = new Set<number>();
        for (const term of terms[field]) {
          let id = ids.get(term);
          if (id === undefined) {
            id = ids.size;
            ids.set(term, id);
            frequency.push(0);
            lastDocument.push(-1);
          }
          if (lastDocument[id] !== document) {
            lastDocument[id] = document;
            frequency[id] = (frequency[id] ?? 0) + 1;
          }
          if (!seenInField.has(id)) {
            seenInField.add(id);
            entries.push(id * FIELD_SLOTS + slot);
          }
        }
      }
      starts.push(entries.length);
    },
    finish(rankOrder) {
      const tree = new SearchableMap<number>();
      for (const [term, id] of ids) tree.set(term, id);
      const documentFrequency = Int32Array.from(frequency);
      const forwardStarts = Int32Array.from(starts);
      const forwardEntries = Int32Array.from(entries);
      const termCount = ids.size;

      // Postings: one per (term, document), filled in rank order so each list rises.
      const postingStarts = new Int32Array(termCount + 1);
      for (let id = 0; id < termCount; id += 1) postingStarts[id + 1] = (postingStarts[id] as number) + (documentFrequency[id] as number);
      const postings = new Int32Array(postingStarts[termCount] as number);
      const cursor = postingStarts.slice(0, termCount);
      const lastRank = new Int32Array(termCount).fill(-1);
      rankOrder.forEach((document, rank) => {
        const end = forwardStarts[document + 1] as number;
        for (let at = forwardStarts[document] as number; at < end; at += 1) {
          const id = ((forwardEntries[at] as number) / FIELD_SLOTS) | 0;
          if (lastRank[id] === rank) continue;
          lastRank[id] = rank;
          postings[cursor[id] as number] = rank;
          cursor[id] = (cursor[id] as number) + 1;
        }
      });

      return {
        termCount,
        documentFrequency,
        starts: forwardStarts,
        entries: forwardEntries,
        postingStarts,
        postings,
        idOf: (term) => tree.get(term),
        withPrefix: (prefix) => tree.atPrefix(prefix).entries(),
        termsInMoreThan(documents) {
          const common = new Set<string>();
          for (const [term, id] of tree.entries()) if ((documentFrequency[id] as number) > documents) common.add(term);
          return common;
        },
        near: (term, maxDistance) => Array.from(tree.fuzzyGet(term, maxDistance), ([found, [id, edits]]): [string, number, number] => [found, id, edits]),
      };
    },
  };
}
