/**
 * Tests documents against query parts through the term catalogue's typed arrays, without
 * MiniSearch: broad parts, which MiniSearch would spend milliseconds enumerating, are checked on
 * the few candidates of the narrow ones, or, when no part is narrow, the documents holding the
 * rarest part are visited in rank order.
 *
 * Each part is a bit; each of its term ids is marked with that bit (and its weight) in arrays the
 * size of the vocabulary, kept between queries and cleared after each. A document passes when
 * its forward-index entries carry every bit; its score is the sum, over parts, of the best
 * (field weight × term weight) the part was found with.
 *
 * The rank-order visit marks the rarest part's postings in a byte per rank position and walks the
 * positions in order: a walk over 122k bytes costs about 0.1 ms, and the caller stops it as soon
 * as no later document can enter the results. Before it, walking every document's entries (no
 * postings) took 9 ms whenever the results did not fill up ("exhibitor 10" on the stress scene).
 */
import type { ExpandedPart } from './expandQueryPart';
import { FIELD_BOOSTS, INDEX_FIELDS, PINYIN_FIELDS, TEXT_FIELDS } from './indexFields';
import { FIELD_SLOTS, type TermCatalogue } from './termCatalogue';

/** Field weights by the slot packed into forward-index entries. */
function slotWeights(): Float64Array {
  return Float64Array.from({ length: FIELD_SLOTS }, (_, slot) => {
    const field = INDEX_FIELDS[slot];
    return field === undefined ? 0 : FIELD_BOOSTS[field];
  });
}

/** The highest score a part can earn in one document: parts are only ever text or pinyin terms, weighted ≤ 1. */
function maxPartWeight(): number {
  return Math.max(...[...TEXT_FIELDS, ...PINYIN_FIELDS].map((field) => FIELD_BOOSTS[field]));
}

/** Matches documents against the parts it was made for; call `release` when done. */
export interface PartMatcher {
  readonly partCount: number;
  /** The highest score a document can get: the best field's weight times each part's best term weight. */
  readonly maxScore: number;
  /** Sum over parts of the best weight the document holds the part with; -1 when a part is missing. */
  score(document: number): number;
  /**
   * Visits the documents holding the rarest part, best rank first, until `visit` returns false.
   * Visits nothing when there are no parts.
   */
  visitInRankOrder(visit: (document: number) => boolean): void;
  /** Clears the marks for the next query. */
  release(): void;
}

/** Makes matchers over one catalogue, sharing their mark arrays (one query at a time). */
export function createPartMatchers(catalogue: TermCatalogue, rankOrder: Int32Array): (parts: readonly ExpandedPart[]) => PartMatcher {
  const marks = new Int32Array(catalogue.termCount);
  const termWeights = new Float64Array(catalogue.termCount);
  const candidates = new Uint8Array(rankOrder.length);
  const best = new Float64Array(32);
  const { starts, entries, postingStarts, postings } = catalogue;
  // Computed here, not at module level: a module without top-level calls is one the bundler can
  // drop from the page's bundle when only the barrel's page-side exports are used.
  const weightOfSlot = slotWeights();
  const partWeightLimit = maxPartWeight();

  return (parts) => {
    const marked: number[] = [];
    parts.forEach((part, bit) => {
      part.termIds.forEach((id, at) => {
        if (marks[id] === 0) marked.push(id);
        marks[id] = (marks[id] as number) | (1 << bit);
        termWeights[id] = Math.max(termWeights[id] as number, part.weights[at] ?? 0);
      });
    });
    const partCount = parts.length;
    const all = (1 << partCount) - 1;
    let maxScore = 0;
    for (const part of parts) maxScore += partWeightLimit * Math.max(0, ...part.weights);

    return {
      partCount,
      maxScore,
      score(document) {
        const end = starts[document + 1] as number;
        best.fill(0, 0, partCount);
        let seen = 0;
        for (let at = starts[document] as number; at < end; at += 1) {
          const entry = entries[at] as number;
          const id = (entry / FIELD_SLOTS) | 0;
          let mask = marks[id] as number;
          if (mask === 0) continue;
          seen |= mask;
          const weight = (weightOfSlot[entry % FIELD_SLOTS] as number) * (termWeights[id] as number);
          while (mask !== 0) {
            const bit = 31 - Math.clz32(mask & -mask);
            if ((best[bit] as number) < weight) best[bit] = weight;
            mask &= mask - 1;
          }
        }
        if (seen !== all) return -1;
        let sum = 0;
        for (let bit = 0; bit < partCount; bit += 1) sum += best[bit] as number;
        return sum;
      },
      visitInRankOrder(visit) {
        let rarest: ExpandedPart | undefined;
        for (const part of parts) if (!rarest || part.documentEstimate < rarest.documentEstimate) rarest = part;
        if (!rarest) return;
        let first = candidates.length;
        let last = -1;
        for (const id of rarest.termIds) {
          const end = postingStarts[id + 1] as number;
          for (let at = postingStarts[id] as number; at < end; at += 1) {
            const rank = postings[at] as number;
            candidates[rank] = 1;
            if (rank < first) first = rank;
            if (rank > last) last = rank;
          }
        }
        try {
          for (let rank = first; rank <= last; rank += 1) {
            if (candidates[rank] === 1 && !visit(rankOrder[rank] as number)) break;
          }
        } finally {
          if (last >= first) candidates.fill(0, first, last + 1);
        }
      },
      release() {
        for (const id of marked) {
          marks[id] = 0;
          termWeights[id] = 0;
        }
      },
    };
  };
}
