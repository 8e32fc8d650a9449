/** What the booth panel shows for a booth id: its code, exhibitor, zone, hall and exhibits (not its furniture). */
import { localizedString, type Language, type LaidOutScene } from '../scene';

export interface BoothDetails {
  code: string;
  exhibitorName: string | undefined;
  /** Marked sample data in the scene. */
  sample: boolean;
  /** ISO 3166 code of the exhibitor's country. */
  country: string | undefined;
  zoneName: string | undefined;
  hallName: string | undefined;
  exhibits: { id: string; title: string }[];
  links: { label: string; url: string }[];
}

/** Booths by id and the exhibits of each booth: built once per layout. */
export interface BoothIndex {
  layout: LaidOutScene;
  booths: Map<string, LaidOutScene['booths'][number]>;
  exhibitsByBooth: Map<string, LaidOutScene['exhibits']>;
}

export function indexBooths(layout: LaidOutScene): BoothIndex {
  const booths = new Map(layout.booths.map((booth) => [booth.id, booth] as const));
  const exhibitsByBooth = new Map<string, LaidOutScene['exhibits']>();
  for (const placed of layout.exhibits) {
    if (placed.exhibit.role === 'furniture') continue;
    const list = exhibitsByBooth.get(placed.exhibit.booth) ?? [];
    list.push(placed);
    exhibitsByBooth.set(placed.exhibit.booth, list);
  }
  return { layout, booths, exhibitsByBooth };
}

export function boothDetails(index: BoothIndex, boothId: string, language: Language): BoothDetails | undefined {
  const booth = index.booths.get(boothId);
  if (!booth) return undefined;
  const { scene } = index.layout;
  const exhibitor = booth.exhibitorId === undefined ? undefined : scene.exhibitors.find((candidate) => candidate.id === booth.exhibitorId);
  const zone = index.layout.zones.find((placed) => placed.zone.id === booth.zoneId)?.zone;
  const hall = scene.halls[booth.hallIndex];
  return {
    code: booth.code,
    exhibitorName: exhibitor ? localizedString(exhibitor.name, language) : undefined,
    sample: exhibitor?.sample ?? false,
    country: exhibitor?.country,
    zoneName: zone ? localizedString(zone.name, language) : undefined,
    hallName: hall ? localizedString(hall.name, language) : undefined,
    exhibits: (index.exhibitsByBooth.get(booth.id) ?? []).map((placed) => ({ id: placed.exhibit.id, title: localizedString(placed.exhibit.title, language) })),
    links: (exhibitor?.links ?? []).map((link) => ({ label: localizedString(link.label, language) || link.url, url: link.url })),
  };
}
