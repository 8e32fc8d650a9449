import { beforeAll, describe, expect, it } from 'vitest';
import type { LaidOutScene } from '../../src/scene';
import {
  buildSearchDocuments,
  createSearchIndex,
  listSearchFilters,
  type SearchDocument,
  type SearchFilters,
  type SearchIndex,
  type SearchResult,
} from '../../src/search';
import { loadDefaultExpo } from './searchFixtures';

interface Membership {
  halls: Set<string>;
  zones: Set<string>;
  categories: Set<string>;
  countries: Set<string>;
}

let layout: LaidOutScene;
let documents: SearchDocument[];
let index: SearchIndex;
/** What each result is in or holds, worked out here from the layout, keyed "kind:id". */
let membership: Map<string, Membership>;

/** Membership from the layout alone, the way a person would read the floor plan. */
function readMembership(scene: LaidOutScene): Map<string, Membership> {
  const hallIdAt = (hallIndex: number): string[] => {
    const hall = scene.scene.halls[hallIndex];
    return hall ? [hall.id] : [];
  };
  const categoryOf = new Map(scene.zones.map(({ zone }) => [zone.id, zone.category]));
  const countryOf = new Map(scene.scene.exhibitors.map((exhibitor) => [exhibitor.id, exhibitor.country]));
  const boothById = new Map(scene.booths.map((booth) => [booth.id, booth]));
  const boothFacts = (boothId: string): Membership => {
    const booth = boothById.get(boothId);
    if (!booth) return { halls: new Set(), zones: new Set(), categories: new Set(), countries: new Set() };
    const category = categoryOf.get(booth.zoneId);
    const country = booth.exhibitorId === undefined ? undefined : countryOf.get(booth.exhibitorId);
    return {
      halls: new Set(hallIdAt(booth.hallIndex)),
      zones: new Set(category === undefined ? [] : [booth.zoneId]),
      categories: new Set(category === undefined ? [] : [category]),
      countries: new Set(country === undefined ? [] : [country]),
    };
  };
  const union = (facts: Membership[]): Membership => ({
    halls: new Set(facts.flatMap((fact) => [...fact.halls])),
    zones: new Set(facts.flatMap((fact) => [...fact.zones])),
    categories: new Set(facts.flatMap((fact) => [...fact.categories])),
    countries: new Set(facts.flatMap((fact) => [...fact.countries])),
  });

  const map = new Map<string, Membership>();
  for (const booth of scene.booths) map.set(`booth:${booth.id}`, boothFacts(booth.id));
  for (const { exhibit } of scene.exhibits) map.set(`exhibit:${exhibit.id}`, boothFacts(exhibit.booth));
  for (const exhibitor of scene.scene.exhibitors) {
    const booths = scene.booths.filter((booth) => booth.exhibitorId === exhibitor.id).map((booth) => boothFacts(booth.id));
    map.set(`exhibitor:${exhibitor.id}`, { ...union(booths), countries: new Set([exhibitor.country]) });
  }
  for (const { zone, hallIndex } of scene.zones) {
    const booths = scene.booths.filter((booth) => booth.zoneId === zone.id).map((booth) => boothFacts(booth.id));
    map.set(`zone:${zone.id}`, { halls: new Set(hallIdAt(hallIndex)), zones: new Set([zone.id]), categories: new Set([zone.category]), countries: union(booths).countries });
  }
  scene.scene.halls.forEach((hall, hallIndex) => {
    const booths = scene.booths.filter((booth) => booth.hallIndex === hallIndex).map((booth) => boothFacts(booth.id));
    map.set(`hall:${hall.id}`, {
      halls: new Set([hall.id]),
      zones: new Set(hall.zones.map((zone) => zone.id)),
      categories: new Set(hall.zones.map((zone) => zone.category)),
      countries: union(booths).countries,
    });
  });
  return map;
}

function isMember(result: SearchResult, filters: SearchFilters): boolean {
  const facts = membership.get(`${result.kind}:${result.id}`);
  if (!facts) return false;
  if (filters.hallId !== undefined && !facts.halls.has(filters.hallId)) return false;
  if (filters.zoneId !== undefined && !facts.zones.has(filters.zoneId)) return false;
  if (filters.category !== undefined && !facts.categories.has(filters.category)) return false;
  if (filters.country !== undefined && !facts.countries.has(filters.country)) return false;
  return true;
}

const keys = (results: readonly SearchResult[]): string[] => results.map((result) => `${result.kind}:${result.id}`).sort();

beforeAll(() => {
  layout = loadDefaultExpo();
  documents = buildSearchDocuments(layout);
  index = createSearchIndex(documents);
  membership = readMembership(layout);
});

describe('search filters', () => {
  // Queries with fewer than 500 results, so the unfiltered list is complete.
  const cases: [string, string, () => SearchFilters][] = [
    ['科技', 'the second hall', () => ({ hallId: layout.scene.halls[1]?.id ?? '' })],
    ['科技', 'the fourth hall', () => ({ hallId: layout.scene.halls[3]?.id ?? '' })],
    ['robot', 'the AI zone', () => ({ zoneId: layout.zones.find(({ zone }) => zone.category === 'artificial-intelligence')?.zone.id ?? '' })],
    ['航天', 'the aerospace category', () => ({ category: 'aerospace' })],
    ['科技', 'Indonesia', () => ({ country: 'ID' })],
    ['科技', 'the United States', () => ({ country: 'US' })],
    ['科技', 'the second hall and China', () => ({ hallId: layout.scene.halls[1]?.id ?? '', country: 'CN' })],
  ];

  it.each(cases)('keeps exactly the %s results in %s', (query, _where, makeFilters) => {
    const filters = makeFilters();
    const all = index.search(query, { limit: 500 });
    expect(all.length).toBeLessThan(500);
    const expected = all.filter((result) => isMember(result, filters));
    const filtered = index.search(query, { filters, limit: 500 });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(keys(filtered)).toEqual(keys(expected));
  });

  it('applies a filter to every kind: a country keeps exhibits, exhibitors, booths and zones', () => {
    const kinds = new Set(index.search('indonesia', { filters: { country: 'ID' }, limit: 500 }).map((result) => result.kind));
    expect([...kinds].sort()).toEqual(['booth', 'exhibit', 'exhibitor', 'zone']);
  });

  it('keeps only the kinds asked for', () => {
    const results = index.search('indonesia', { filters: { kinds: ['exhibitor'] }, limit: 500 });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => result.kind === 'exhibitor')).toBe(true);
  });

  it('finds nothing for a filter value no document has', () => {
    expect(index.search('科技', { filters: { hallId: 'no-such-hall' } })).toEqual([]);
  });
});

describe('listSearchFilters', () => {
  it('lists every hall and zone in scene order, zones with their hall and category', () => {
    const choices = listSearchFilters(documents);
    expect(choices.halls).toEqual(layout.scene.halls.map((hall) => ({ id: hall.id, name: hall.name })));
    expect(choices.zones).toEqual(
      layout.zones.map(({ zone, hallIndex }) => ({ id: zone.id, name: zone.name, hallId: layout.scene.halls[hallIndex]?.id, category: zone.category })),
    );
  });

  it('lists each category once, named after its zone', () => {
    const choices = listSearchFilters(documents);
    expect(choices.categories.map((category) => category.id)).toEqual([...new Set(layout.zones.map(({ zone }) => zone.category))]);
    const aerospace = layout.zones.find(({ zone }) => zone.category === 'aerospace')?.zone;
    expect(choices.categories.find((category) => category.id === 'aerospace')?.name).toEqual(aerospace?.name);
  });

  it('lists the exhibitors\' countries by code with names in both languages', () => {
    const choices = listSearchFilters(documents);
    expect(choices.countries.map((country) => country.id)).toEqual([...new Set(layout.scene.exhibitors.map((exhibitor) => exhibitor.country))].sort());
    expect(choices.countries.find((country) => country.id === 'CN')?.name).toEqual({ zh: '中国', en: 'China' });
  });
});
