/** What the booth panel shows for a booth id: its code, exhibitor, zone, hall and exhibits (not its furniture). */
import { localizedString, type Language, type LaidOutScene } from '../scene';

export interface BoothDetails {
  code: string;
  /** The exhibitor's id, for the button that opens its panel. */
  exhibitorId: string | undefined;
  exhibitorName: string | undefined;
  /** Marked sample data in the scene. */
  sample: boolean;
  zoneName: string | undefined;
  hallName: string | undefined;
  exhibits: { id: string; title: string }[];
  links: { label: string; url: string }[];
}

/** Lookup tables of a layout for the booth panel, built once per layout. */
export interface BoothIndex {
  layout: LaidOutScene;
  booths: Map<string, LaidOutScene['booths'][number]>;
  exhibitors: Map<string, LaidOutScene['scene']['exhibitors'][number]>;
  zones: Map<string, LaidOutScene['zones'][number]['zone']>;
  exhibitsByBooth: Map<string, LaidOutScene['exhibits']>;
}

export function indexBooths(layout: LaidOutScene): BoothIndex {
  const exhibitsByBooth = new Map<string, LaidOutScene['exhibits']>();
  for (const placed of layout.exhibits) {
    if (placed.exhibit.role === 'furniture') continue;
    const list = exhibitsByBooth.get(placed.exhibit.booth) ?? [];
    list.push(placed);
    exhibitsByBooth.set(placed.exhibit.booth, list);
  }
  return {
    layout,
    booths: new Map(layout.booths.map((booth) => [booth.id, booth] as const)),
    exhibitors: new Map(layout.scene.exhibitors.map((exhibitor) => [exhibitor.id, exhibitor] as const)),
    zones: new Map(layout.zones.map((placed) => [placed.zone.id, placed.zone] as const)),
    exhibitsByBooth,
  };
}

export function boothDetails(index: BoothIndex, boothId: string, language: Language): BoothDetails | undefined {
  const booth = index.booths.get(boothId);
  if (!booth) return undefined;
  const exhibitor = booth.exhibitorId === undefined ? undefined : index.exhibitors.get(booth.exhibitorId);
  const zone = index.zones.get(booth.zoneId);
  const hall = index.layout.scene.halls[booth.hallIndex];
  return {
    code: booth.code,
    exhibitorId: exhibitor?.id,
    exhibitorName: exhibitor ? localizedString(exhibitor.name, language) : undefined,
    sample: exhibitor?.sample ?? false,
    zoneName: zone ? localizedString(zone.name, language) : undefined,
    hallName: hall ? localizedString(hall.name, language) : undefined,
    exhibits: (index.exhibitsByBooth.get(booth.id) ?? []).map((placed) => ({ id: placed.exhibit.id, title: localizedString(placed.exhibit.title, language) })),
    links: (exhibitor?.links ?? []).map((link) => ({ label: localizedString(link.label, language), url: link.url })),
  };
}
