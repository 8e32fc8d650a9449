/**
 * The best `limit` of a stream of scored candidates, best first, without sorting them all.
 *
 * A broad query ("stress" on the stress scene) has 110k candidates for 30 places; sorting them all
 * cost more than finding them. Candidates below the current last place are refused with one
 * comparison, so the caller can skip any further work on them (the substring check).
 */

/** One kept candidate. */
export interface ScoredCandidate {
  index: number;
  score: number;
}

/** Keeps the best candidates; equal scores keep the order they were offered in. */
export interface TopResults {
  /** Whether a candidate with this score would be kept now. */
  admits(score: number): boolean;
  /** Offers a candidate; call only when `admits(score)`. */
  add(index: number, score: number): void;
  /** The kept candidates, best first. */
  best(): ScoredCandidate[];
}

/** Creates a collector of the best `limit` candidates (`limit` ≥ 1). */
export function collectTopResults(limit: number): TopResults {
  const kept: ScoredCandidate[] = [];
  return {
    admits(score) {
      if (kept.length < limit) return true;
      const last = kept[kept.length - 1];
      return last !== undefined && score > last.score;
    },
    add(index, score) {
      // Binary search for the first kept score below this one.
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((kept[middle] as ScoredCandidate).score >= score) low = middle + 1;
        else high = middle;
      }
      kept.splice(low, 0, { index, score });
      if (kept.length > limit) kept.pop();
    },
    best() {
      return [...kept];
    },
  };
}
