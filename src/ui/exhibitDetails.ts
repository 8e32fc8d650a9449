/** What the exhibit panel shows for an exhibit id: the exhibit, its booth and its exhibitor. */
import { localizedString, type Language, type LaidOutScene } from '../scene';

export interface ExhibitDetails {
  title: string;
  description: string;
  boothCode: string | undefined;
  exhibitorName: string | undefined;
  /** Marked sample data in the scene. */
  sample: boolean;
  links: { label: string; url: string }[];
}

/** Lookup tables of a layout, built once per layout. */
export interface DetailIndex {
  exhibits: Map<string, LaidOutScene['exhibits'][number]>;
  booths: Map<string, LaidOutScene['booths'][number]>;
  exhibitors: Map<string, LaidOutScene['scene']['exhibitors'][number]>;
  boothOfExhibit: Map<string, string>;
}

export function indexDetails(layout: LaidOutScene): DetailIndex {
  const exhibits = new Map(layout.exhibits.map((placed) => [placed.exhibit.id, placed] as const));
  const booths = new Map(layout.booths.map((booth) => [booth.id, booth] as const));
  const exhibitors = new Map(layout.scene.exhibitors.map((exhibitor) => [exhibitor.id, exhibitor] as const));
  const boothOfExhibit = new Map(layout.exhibits.map((placed) => [placed.exhibit.id, placed.exhibit.booth] as const));
  return { exhibits, booths, exhibitors, boothOfExhibit };
}

export function exhibitDetails(index: DetailIndex, exhibitId: string, language: Language): ExhibitDetails | undefined {
  const placed = index.exhibits.get(exhibitId);
  if (!placed) return undefined;
  const booth = index.booths.get(placed.exhibit.booth);
  const exhibitor = booth?.exhibitorId === undefined ? undefined : index.exhibitors.get(booth.exhibitorId);
  const links = [...(placed.exhibit.links ?? []), ...(exhibitor?.links ?? [])];
  return {
    title: localizedString(placed.exhibit.title, language),
    description: localizedString(placed.exhibit.description, language),
    boothCode: booth?.code,
    exhibitorName: exhibitor ? localizedString(exhibitor.name, language) : undefined,
    sample: exhibitor?.sample ?? false,
    links: links.map((link) => ({ label: localizedString(link.label, language) || link.url, url: link.url })),
  };
}
