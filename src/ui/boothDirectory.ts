/**
 * The booth list's data: halls in scene order, each with its booths sorted by code (A2 before
 * A10), each booth with its exhibitor's name and its exhibits' titles. Built once per layout.
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
  for (const placed of layout.exhibits) {
    const list = exhibitsByBooth.get(placed.exhibit.booth) ?? [];
    list.push({ id: placed.exhibit.id, title: localizedString(placed.exhibit.title, language) });
    exhibitsByBooth.set(placed.exhibit.booth, list);
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
    });
  }
  for (const hall of halls) hall.booths.sort((a, b) => byCode.compare(a.code, b.code));
  return halls;
}

/** The hall holding a booth or exhibit (for the list to open at the visitor's hall). */
export function hallOfPlace(halls: readonly DirectoryHall[], kind: string, id: string): number {
  if (kind === 'hall') return Math.max(0, halls.findIndex((hall) => hall.id === id));
  const index = halls.findIndex((hall) => hall.booths.some((booth) => (kind === 'booth' ? booth.id === id : booth.exhibits.some((exhibit) => exhibit.id === id))));
  return Math.max(0, index);
}
