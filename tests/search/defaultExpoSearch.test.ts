import { beforeAll, describe, expect, it } from 'vitest';
import type { LaidOutScene } from '../../src/scene';
import { buildSearchDocuments, createSearchIndex, DEFAULT_SEARCH_LIMIT, type SearchIndex, type SearchResult } from '../../src/search';
import { loadDefaultExpo } from './searchFixtures';

let layout: LaidOutScene;
let index: SearchIndex;

/** Facts read straight from the scene, not through search. */
let fastId: string;
let tokamakId: string;
let huaweiId: string;
let huaweiBoothIds: string[];

const ids = (results: readonly SearchResult[]): string[] => results.map((result) => `${result.kind}:${result.id}`);
const firstExhibit = (results: readonly SearchResult[]): SearchResult | undefined => results.find((result) => result.kind === 'exhibit');

beforeAll(() => {
  layout = loadDefaultExpo();
  index = createSearchIndex(buildSearchDocuments(layout));
  const exhibits = layout.scene.exhibits;
  fastId = exhibits.find((exhibit) => exhibit.title.zh?.includes('中国天眼') && exhibit.title.zh.includes('FAST'))?.id ?? '';
  tokamakId = exhibits.find((exhibit) => exhibit.role !== 'furniture' && /tokamak/i.test(exhibit.title.en ?? ''))?.id ?? '';
  huaweiId = layout.scene.exhibitors.find((exhibitor) => exhibitor.name.en === 'Huawei')?.id ?? '';
  huaweiBoothIds = layout.booths.filter((booth) => booth.exhibitorId === huaweiId).map((booth) => booth.id);
});

describe('search over the default expo', () => {
  it('has the exhibits and exhibitor these tests look for', () => {
    expect(fastId).not.toBe('');
    expect(tokamakId).not.toBe('');
    expect(huaweiId).not.toBe('');
    expect(huaweiBoothIds.length).toBeGreaterThan(0);
  });

  it('finds the FAST telescope first among exhibits for 天眼, a substring of “中国天眼”', () => {
    expect(firstExhibit(index.search('天眼'))?.id).toBe(fastId);
  });

  it('finds it by a longer substring across the quotation mark and by the whole name', () => {
    expect(firstExhibit(index.search('国天眼'))?.id).toBe(fastId);
    expect(firstExhibit(index.search('“中国天眼”FAST'))?.id).toBe(fastId);
  });

  it('finds nothing for characters of the name in the wrong order', () => {
    expect(ids(index.search('眼天国'))).not.toContain(`exhibit:${fastId}`);
  });

  it('finds it by full pinyin of a substring and of the whole run', () => {
    expect(firstExhibit(index.search('tianyan'))?.id).toBe(fastId);
    expect(firstExhibit(index.search('zhongguotianyan'))?.id).toBe(fastId);
    expect(firstExhibit(index.search('zhongguo tianyan'))?.id).toBe(fastId);
  });

  it('finds Huawei, its exhibitor entry and its booth, by the initials hw', () => {
    const found = ids(index.search('hw'));
    expect(found[0]).toBe(`exhibitor:${huaweiId}`);
    for (const boothId of huaweiBoothIds) expect(found).toContain(`booth:${boothId}`);
  });

  it('finds Huawei by its Chinese name and by full pinyin', () => {
    expect(ids(index.search('华为'))[0]).toBe(`exhibitor:${huaweiId}`);
    expect(ids(index.search('huawei'))[0]).toBe(`exhibitor:${huaweiId}`);
  });

  it('forgives one edit in a word of five or more letters, swapped letters included', () => {
    expect(ids(index.search('Huawie'))[0]).toBe(`exhibitor:${huaweiId}`);
    expect(ids(index.search('huawel'))[0]).toBe(`exhibitor:${huaweiId}`);
    expect(firstExhibit(index.search('telscope'))?.id).toBe(fastId);
  });

  it('does not forgive an edit in a shorter word', () => {
    expect(firstExhibit(index.search('fast'))?.id).toBe(fastId);
    expect(ids(index.search('fasr'))).not.toContain(`exhibit:${fastId}`);
    expect(ids(index.search('fsat'))).not.toContain(`exhibit:${fastId}`);
  });

  it('finds words by prefix', () => {
    expect(firstExhibit(index.search('tokam'))?.id).toBe(tokamakId);
    expect(firstExhibit(index.search('radio tele'))?.id).toBe(fastId);
  });

  it.each(['A-101', 'a101', 'a-101', ' A 101 '])('puts booth A-101 first for %j', (query) => {
    const booth = layout.booths.find((candidate) => candidate.code === 'A-101');
    expect(booth).toBeDefined();
    expect(ids(index.search(query))[0]).toBe(`booth:${booth?.id}`);
  });

  it('shows both languages, the exhibitor, hall and booth of a result', () => {
    const fast = layout.exhibits.find((placed) => placed.exhibit.id === fastId);
    const booth = layout.booths.find((candidate) => candidate.id === fast?.exhibit.booth);
    const exhibitor = layout.scene.exhibitors.find((candidate) => candidate.id === booth?.exhibitorId);
    const hall = layout.scene.halls[fast?.hallIndex ?? -1];
    const result = firstExhibit(index.search('天眼'));
    expect(result).toMatchObject({
      kind: 'exhibit',
      id: fastId,
      title: fast?.exhibit.title,
      exhibitor: exhibitor?.name,
      hall: { id: hall?.id, name: hall?.name },
      boothId: booth?.id,
      boothCode: booth?.code,
      place: { hallId: hall?.id, xM: fast?.xM, zM: fast?.zM },
    });
    expect(result?.title.zh).toContain('中国天眼');
    expect(result?.title.en).toContain('FAST');
  });

  it('labels zones and halls and says where they are', () => {
    const placed = layout.zones.find((candidate) => candidate.zone.name.en === 'Aerospace');
    const zone = index.search('Aerospace').find((result) => result.kind === 'zone');
    expect(zone?.id).toBe(placed?.zone.id);
    expect(zone?.hall?.id).toBe(layout.scene.halls[placed?.hallIndex ?? -1]?.id);
    expect(zone?.place).toEqual({
      hallId: zone?.hall?.id,
      xM: (placed?.zone.rect.x ?? 0) + (placed?.zone.rect.width ?? 0) / 2,
      zM: (placed?.zone.rect.z ?? 0) + (placed?.zone.rect.depth ?? 0) / 2,
    });
    expect(ids(index.search('Hall 1'))[0]).toBe(`hall:${layout.scene.halls[0]?.id}`);
  });

  it('returns at most the limit, 30 unless asked, best first', () => {
    const results = index.search('sample');
    expect(results).toHaveLength(DEFAULT_SEARCH_LIMIT);
    expect(index.search('sample', { limit: 5 })).toHaveLength(5);
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('never lists booth furniture', () => {
    const furniture = layout.scene.exhibits.filter((exhibit) => exhibit.role === 'furniture');
    expect(furniture.length).toBeGreaterThan(0);
    const furnitureIds = new Set(furniture.map((exhibit) => exhibit.id));
    for (const exhibit of furniture) {
      for (const text of [exhibit.title.zh, exhibit.title.en]) {
        if (!text) continue;
        const listed = index.search(text, { limit: 500 }).filter((result) => result.kind === 'exhibit' && furnitureIds.has(result.id));
        expect(listed).toEqual([]);
      }
    }
  });

  it('gives no results for an empty or blank query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   \t\n')).toEqual([]);
    expect(index.search('“”（）…')).toEqual([]);
  });
});
