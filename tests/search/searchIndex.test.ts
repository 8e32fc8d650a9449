import { describe, expect, it } from 'vitest';
import { layoutScene, sceneSchema } from '../../src/scene';
import { buildSearchDocuments, createSearchIndex, type SearchResult } from '../../src/search';
import { normalizeSearchText } from '../../src/search/normalizeText';
import { buildStressScene } from '../../scripts/stress/buildStressScene';
import { buildSmallScene } from './searchFixtures';

const ids = (results: readonly SearchResult[]): string[] => results.map((result) => `${result.kind}:${result.id}`);

describe('search in a small scene', () => {
  const index = createSearchIndex(buildSearchDocuments(buildSmallScene()));

  it('confirms a Chinese query as a substring, not as pairs found apart', () => {
    expect(ids(index.search('国天眼'))).toEqual(['exhibit:sky-eye']);
    // Each pair alone is in both titles.
    expect(ids(index.search('国天'))).toContain('exhibit:pairs-apart');
    expect(ids(index.search('天眼'))).toEqual(expect.arrayContaining(['exhibit:sky-eye', 'exhibit:pairs-apart']));
  });

  it('finds a single Chinese character', () => {
    expect(ids(index.search('镜'))).toEqual(['exhibit:sky-eye']);
  });

  it('leaves furniture out, and lists the same exhibit when it is not furniture', () => {
    expect(ids(index.search('接待台'))).toEqual([]);
    expect(ids(index.search('reception counter'))).toEqual([]);
    const withCounter = createSearchIndex(buildSearchDocuments(buildSmallScene('exhibit')));
    expect(ids(withCounter.search('接待台'))).toEqual(['exhibit:counter']);
  });

  it('searches Chinese and English whatever the language of the other words', () => {
    expect(ids(index.search('轨道'))).toContain('exhibitor:orbit');
    expect(ids(index.search('guidao'))).toContain('exhibitor:orbit');
    expect(ids(index.search('orbit'))).toContain('exhibitor:orbit');
  });

  it('finds an exhibitor in every hall and zone it has a booth in, through its exhibits too', () => {
    expect(ids(index.search('stone', { filters: { zoneId: 'zone-materials' } }))).toContain('exhibitor:stone');
    expect(ids(index.search('stone', { filters: { zoneId: 'zone-ai' } }))).not.toContain('exhibitor:stone');
    expect(ids(index.search('slab', { filters: { country: 'ID' } }))).toEqual(['exhibit:sample-slab']);
    expect(ids(index.search('slab', { filters: { country: 'CN' } }))).toEqual([]);
  });
});

describe('narrow and broad query parts', () => {
  // A 10k-exhibit stress scene: its names repeat "Stress exhibit", hall and zone letters in thousands of documents.
  const documents = buildSearchDocuments(layoutScene(sceneSchema.parse(buildStressScene({ exhibits: 10_000, models: 20, seed: 3 }))));
  const viaMiniSearch = createSearchIndex(documents, { broadDocuments: Number.POSITIVE_INFINITY });
  const viaScan = createSearchIndex(documents, { broadDocuments: 0 });
  const mixed = createSearchIndex(documents);

  /** Documents whose title or exhibitor name holds every word, read from the text directly. */
  const bruteForce = (words: string[]): string[] =>
    documents
      .filter((document) => {
        const text = normalizeSearchText(`${document.title.en ?? ''} ${document.exhibitor?.en ?? ''}`).split(/[^\p{L}\p{N}]+/u);
        return words.every((word) => text.includes(word));
      })
      .map((document) => `${document.kind}:${document.id}`)
      .sort();

  it.each([
    ['h1 a 004', ['h1', 'a', '004']],
    ['stress h2 c 017', ['stress', 'h2', 'c', '017']],
  ])('finds the same documents for %j either way, exactly those holding every word', (query, words) => {
    const expected = bruteForce(words);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(500);
    // Exact words: the last one is searched by prefix, so it must not start any longer term here.
    for (const index of [viaMiniSearch, viaScan, mixed]) expect(ids(index.search(`${query} `, { limit: 500 })).sort()).toEqual(expected);
  });

  it('fills the results from the best-ranked documents when every part is broad', () => {
    const results = viaScan.search('stress');
    expect(results).toHaveLength(30);
    // Halls and zones have no "stress"; exhibitors lead exhibits and booths at equal weight.
    expect(new Set(results.map((result) => result.kind))).toEqual(new Set(['exhibitor']));
  });

  it('puts an exact booth code first on either path', () => {
    for (const index of [viaMiniSearch, viaScan, mixed]) expect(ids(index.search('H1-A-004'))[0]).toBe('booth:booth-h1-a-004');
  });
});
