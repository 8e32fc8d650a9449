import { describe, expect, it } from 'vitest';
import { collectTopResults } from '../../src/search/collectTopResults';

describe('collectTopResults', () => {
  it('keeps the best candidates, best first', () => {
    const top = collectTopResults(3);
    [5, 1, 9, 7, 3, 8].forEach((score, index) => {
      if (top.admits(score)) top.add(index, score);
    });
    expect(top.best()).toEqual([
      { index: 2, score: 9 },
      { index: 5, score: 8 },
      { index: 3, score: 7 },
    ]);
  });

  it('keeps the earlier of equal scores and refuses a tie for the last place', () => {
    const top = collectTopResults(2);
    for (const index of [0, 1, 2]) if (top.admits(4)) top.add(index, 4);
    expect(top.best().map((candidate) => candidate.index)).toEqual([0, 1]);
    expect(top.admits(4)).toBe(false);
    expect(top.admits(4.5)).toBe(true);
  });
});
