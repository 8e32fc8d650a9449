/**
 * Search documents from a laid-out scene: one per hall, zone, exhibitor, booth and exhibit, each
 * carrying what a result shows (both languages' names, exhibitor, hall, booth code, a floor point)
 * and what filters test (halls, zones, categories, countries).
 *
 * It runs on the main thread, whose copy of the scene is already parsed; the documents are plain
 * data so they can be posted to the search worker, which owns the index. Nothing here needs the
 * index's libraries, so the main bundle does not carry them.
 *
 * Booth furniture (`role: "furniture"`: counters, plants, banners …) is never a document (issue 10).
 *
 * The exhibits of one booth share its hall object and facet arrays (never mutated): structured
 * clone keeps shared objects shared, so posting the 122k documents of the 100k stress scene copies
 * one set per booth instead of one per exhibit (see `npm run bench:search` for the clone time).
 */
import type { Exhibitor, Hall, LaidOutScene, LocalizedText, PlacedBooth, Zone } from '../scene';
import type { SearchDocument, SearchHall, SearchPlace } from './searchTypes';

/** Distinct values in first-seen order. */
function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function boothPlace(booth: PlacedBooth, hall: SearchHall | undefined): SearchPlace | undefined {
  return hall ? { hallId: hall.id, xM: booth.rect.cx, zM: booth.rect.cz } : undefined;
}

/** What a booth gives every document on it; one object per booth, shared. */
interface BoothFacts {
  hall: SearchHall | undefined;
  exhibitorName: LocalizedText | undefined;
  codes: string[];
  hallIds: string[];
  zoneIds: string[];
  categories: string[];
  countries: string[];
}

/** Builds the documents of every hall, zone, exhibitor, booth and non-furniture exhibit. */
export function buildSearchDocuments(layout: LaidOutScene): SearchDocument[] {
  const { scene } = layout;
  const halls: SearchHall[] = scene.halls.map((hall: Hall) => ({ id: hall.id, name: hall.name }));
  const hallAt = (index: number): SearchHall | undefined => (index >= 0 ? halls[index] : undefined);

  const zoneById = new Map<string, Zone>();
  for (const placed of layout.zones) if (!zoneById.has(placed.zone.id)) zoneById.set(placed.zone.id, placed.zone);
  const exhibitorById = new Map<string, Exhibitor>();
  for (const exhibitor of scene.exhibitors) if (!exhibitorById.has(exhibitor.id)) exhibitorById.set(exhibitor.id, exhibitor);
  const boothById = new Map<string, PlacedBooth>();
  const boothsOfExhibitor = new Map<string, PlacedBooth[]>();
  const countriesOfZone = new Map<string, Set<string>>();
  const countriesOfHall = new Map<number, Set<string>>();
  for (const booth of layout.booths) {
    if (!boothById.has(booth.id)) boothById.set(booth.id, booth);
    if (booth.exhibitorId === undefined) continue;
    const list = boothsOfExhibitor.get(booth.exhibitorId);
    if (list) list.push(booth);
    else boothsOfExhibitor.set(booth.exhibitorId, [booth]);
    const country = exhibitorById.get(booth.exhibitorId)?.country;
    if (country === undefined) continue;
    let ofZone = countriesOfZone.get(booth.zoneId);
    if (!ofZone) countriesOfZone.set(booth.zoneId, (ofZone = new Set()));
    ofZone.add(country);
    let ofHall = countriesOfHall.get(booth.hallIndex);
    if (!ofHall) countriesOfHall.set(booth.hallIndex, (ofHall = new Set()));
    ofHall.add(country);
  }

  const documents: SearchDocument[] = [];

  scene.halls.forEach((hall, hallIndex) => {
    documents.push({
      kind: 'hall',
      id: hall.id,
      title: hall.name,
      hall: halls[hallIndex],
      codes: [],
      place: { hallId: hall.id, xM: hall.sizeM.width / 2, zM: hall.sizeM.depth / 2 },
      hallIds: [hall.id],
      zoneIds: hall.zones.map((zone) => zone.id),
      categories: unique(hall.zones.map((zone) => zone.category)),
      countries: [...(countriesOfHall.get(hallIndex) ?? [])],
    });
  });

  for (const { zone, hallIndex } of layout.zones) {
    const hall = hallAt(hallIndex);
    documents.push({
      kind: 'zone',
      id: zone.id,
      title: zone.name,
      ...(zone.description ? { description: zone.description } : {}),
      ...(hall ? { hall, place: { hallId: hall.id, xM: zone.rect.x + zone.rect.width / 2, zM: zone.rect.z + zone.rect.depth / 2 } } : {}),
      codes: [],
      hallIds: hall ? [hall.id] : [],
      zoneIds: [zone.id],
      categories: [zone.category],
      countries: [...(countriesOfZone.get(zone.id) ?? [])],
    });
  }

  for (const exhibitor of scene.exhibitors) {
    const booths = boothsOfExhibitor.get(exhibitor.id) ?? [];
    const first = booths[0];
    const firstHall = first ? hallAt(first.hallIndex) : undefined;
    const place = first ? boothPlace(first, firstHall) : undefined;
    const zoneIds = unique(booths.map((booth) => booth.zoneId).filter((zoneId) => zoneById.has(zoneId)));
    documents.push({
      kind: 'exhibitor',
      id: exhibitor.id,
      title: exhibitor.name,
      ...(exhibitor.description ? { description: exhibitor.description } : {}),
      ...(firstHall ? { hall: firstHall } : {}),
      ...(first ? { boothId: first.id, boothCode: first.code } : {}),
      ...(place ? { place } : {}),
      codes: unique(booths.map((booth) => booth.code)),
      hallIds: unique(booths.flatMap((booth) => hallAt(booth.hallIndex)?.id ?? [])),
      zoneIds,
      categories: unique(zoneIds.flatMap((zoneId) => zoneById.get(zoneId)?.category ?? [])),
      countries: [exhibitor.country],
    });
  }

  const factsOfBooth = new Map<string, BoothFacts>();
  const boothFacts = (booth: PlacedBooth): BoothFacts => {
    let facts = factsOfBooth.get(booth.id);
    if (facts) return facts;
    const hall = hallAt(booth.hallIndex);
    const exhibitor = booth.exhibitorId === undefined ? undefined : exhibitorById.get(booth.exhibitorId);
    const category = zoneById.get(booth.zoneId)?.category;
    facts = {
      hall,
      exhibitorName: exhibitor?.name,
      codes: [booth.code],
      hallIds: hall ? [hall.id] : [],
      zoneIds: category === undefined ? [] : [booth.zoneId],
      categories: category === undefined ? [] : [category],
      countries: exhibitor ? [exhibitor.country] : [],
    };
    factsOfBooth.set(booth.id, facts);
    return facts;
  };

  for (const booth of layout.booths) {
    const facts = boothFacts(booth);
    const place = boothPlace(booth, facts.hall);
    documents.push({
      kind: 'booth',
      id: booth.id,
      title: { zh: booth.code, en: booth.code },
      ...(facts.exhibitorName ? { exhibitor: facts.exhibitorName } : {}),
      ...(facts.hall ? { hall: facts.hall } : {}),
      boothId: booth.id,
      boothCode: booth.code,
      ...(place ? { place } : {}),
      codes: [],
      hallIds: facts.hallIds,
      zoneIds: facts.zoneIds,
      categories: facts.categories,
      countries: facts.countries,
    });
  }

  for (const placed of layout.exhibits) {
    const { exhibit } = placed;
    if (exhibit.role === 'furniture') continue;
    const booth = boothById.get(exhibit.booth);
    const facts = booth ? boothFacts(booth) : undefined;
    const hall = hallAt(placed.hallIndex);
    const place = hall && Number.isFinite(placed.xM) && Number.isFinite(placed.zM) ? { hallId: hall.id, xM: placed.xM, zM: placed.zM } : undefined;
    documents.push({
      kind: 'exhibit',
      id: exhibit.id,
      title: exhibit.title,
      ...(facts?.exhibitorName ? { exhibitor: facts.exhibitorName } : {}),
      ...(exhibit.description ? { description: exhibit.description } : {}),
      ...(hall ? { hall } : {}),
      ...(booth ? { boothId: booth.id, boothCode: booth.code } : {}),
      ...(place ? { place } : {}),
      codes: facts?.codes ?? [],
      hallIds: facts?.hallIds ?? [],
      zoneIds: facts?.zoneIds ?? [],
      categories: facts?.categories ?? [],
      countries: facts?.countries ?? [],
    });
  }

  return documents;
}
