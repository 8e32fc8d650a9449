import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchDocuments, createSearchIndex, MAX_SEARCH_LIMIT, type SearchIndex } from '../../src/search';
import { loadDefaultExpo } from './searchFixtures';

let index: SearchIndex;

beforeAll(() => {
  index = createSearchIndex(buildSearchDocuments(loadDefaultExpo()));
});

const hostile: [string, string][] = [
  ['regular-expression characters', '.*+?^${}()|[]\\/'],
  ['a regular expression that would backtrack', '(a+)+$' + 'a'.repeat(50) + '!'],
  ['10,000 Latin letters', 'huawei '.repeat(1500).slice(0, 10_000)],
  ['10,000 Chinese characters', '中国天眼'.repeat(2500)],
  ['10,000 mixed characters', Array.from({ length: 10_000 }, (_, index) => String.fromCharCode(32 + ((index * 7919) % 40000))).join('')],
  ['emoji', '🔭🚀 👩‍🔬 🇨🇳'],
  ['emoji around a word', '🔭天眼🔭'],
  ['a lone high surrogate', '\uD83D'],
  ['a lone low surrogate inside a word', 'hua\uDE80wei'],
  ['NUL and control characters', '\u0000\u0001\u001f\u007f'],
  ['combining marks alone', '\u0301\u0301\u0308'],
  ['bidirectional controls', '\u202Ehuawei\u202C'],
  ['HTML', '<script>alert(1)</script>'],
  ['percent escapes', '%E5%A4%A9%E7%9C%BC %s %d'],
  ['prototype names', '__proto__ constructor hasOwnProperty toString'],
  ['marks the index uses inside terms', '~tianyan =huawei #a101'],
];

describe('hostile queries', () => {
  it.each(hostile)('answers %s without throwing', (_name, query) => {
    expect(() => index.search(query)).not.toThrow();
    expect(index.search(query).length).toBeLessThanOrEqual(30);
  });

  it('answers nothing for empty, blank and symbol-only queries', () => {
    for (const query of ['', ' ', '\t\n\r', '\u3000', '!!!', '“”', '🔭']) expect(index.search(query)).toEqual([]);
  });

  it('still finds what a query means when it is wrapped in symbols or emoji', () => {
    expect(index.search('🔭天眼🔭').some((result) => result.kind === 'exhibit')).toBe(true);
    expect(index.search('“tokam…”').some((result) => result.kind === 'exhibit')).toBe(true);
  });

  it('clamps odd limits', () => {
    expect(index.search('sample', { limit: 0 })).toHaveLength(1);
    expect(index.search('sample', { limit: -5 })).toHaveLength(1);
    expect(index.search('sample', { limit: Number.NaN })).toHaveLength(30);
    expect(index.search('sample', { limit: 1e9 }).length).toBeLessThanOrEqual(MAX_SEARCH_LIMIT);
  });

  it('never throws on any string, and returns at most the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (query, limit) => {
        expect(index.search(query, { limit }).length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 300 },
    );
  });
});
