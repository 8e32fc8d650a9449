/**
 * The booth list's data: halls in scene order, each with its booths sorted by code (A2 before
 * A10), each booth with its exhibitor's name and its exhibits' titles. Built once per layout.
 * Furniture (`"role": "furniture"`: counters, plants, banners…) is not listed (issue 10).
 */
import { localizedString, type Language, type LaidOutScene } from '../scene';

export interface DirectoryExhibit {
  id: string;
  title: string;
}

export interface DirectoryBooth {
  id: string;
  code: string;
  /** The exhibitor's name, or undefined for a vacant booth. */
  exhibitor: string | undefined;
  exhibits: DirectoryExhibit[];
  /**
   * Ids of its furniture: not listed, but a place the visitor can stand at (a tapped counter), so
   * the list still opens at that booth's hall.
   */
  furnitureIds: string[];
}

export interface DirectoryHall {
  id: string;
  name: string;
  booths: DirectoryBooth[];
}

const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function boothDirectory(layout: LaidOutScene, language: Language): DirectoryHall[] {
  const exhibitors = new Map(layout.scene.exhibitors.map((exhibitor) => [exhibitor.id, exhibitor]));
  const exhibitsByBooth = new Map<string, DirectoryExhibit[]>();
  const furnitureByBooth = new Map<string, string[]>();
  for (const { exhibit } of layout.exhibits) {
    if (exhibit.role === 'furniture') listOf(furnitureByBooth, exhibit.booth).push(exhibit.id);
    else listOf(exhibitsByBooth, exhibit.booth).push({ id: exhibit.id, title: localizedString(exhibit.title, language) });
  }
  const halls: DirectoryHall[] = layout.scene.halls.map((hall) => ({ id: hall.id, name: localizedString(hall.name, language), booths: [] }));
  for (const booth of layout.booths) {
    const hall = halls[booth.hallIndex];
    if (!hall) continue;
    const exhibitor = booth.exhibitorId === undefined ? undefined : exhibitors.get(booth.exhibitorId);
    hall.booths.push({
      id: booth.id,
      code: booth.code,
      exhibitor: exhibitor ? localizedString(exhibitor.name, language) : undefined,
      exhibits: exhibitsByBooth.get(booth.id) ?? [],
      furnitureIds: furnitureByBooth.get(booth.id) ?? [],
    });
  }
  for (const hall of halls) hall.booths.sort((a, b) => byCode.compare(a.code, b.code));
  return halls;
}

function listOf<T>(lists: Map<string, T[]>, key: string): T[] {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  return list;
}

/** The hall holding a booth, exhibit or piece of furniture (for the list to open at the visitor's hall). */
export function hallOfPlace(halls: readonly DirectoryHall[], kind: string, id: string): number {
  if (kind === 'hall') return Math.max(0, halls.findIndex((hall) => hall.id === id));
  const holds = (booth: DirectoryBooth): boolean =>
    kind === 'booth' ? booth.id === id : booth.exhibits.some((exhibit) => exhibit.id === id) || booth.furnitureIds.includes(id);
  return Math.max(0, halls.findIndex((hall) => hall.booths.some(holds)));
}
