/** What the exhibit panel shows for an exhibit id: the exhibit, its booth and its exhibitor. */
import { localizedString, type Language, type LaidOutScene } from '../scene';
import type { SceneMedium } from './panels/mediaItems';

export interface ExhibitDetails {
  title: string;
  description: string;
  boothId: string;
  boothCode: string | undefined;
  /** The exhibitor's id, for the button that opens its panel. */
  exhibitorId: string | undefined;
  exhibitorName: string | undefined;
  /** Marked sample data in the scene. */
  sample: boolean;
  /** The visitor's label of each link (empty when the scene gives none) and its address. */
  links: { label: string; url: string }[];
  /** The exhibit's pictures and videos as the scene gives them. */
  media: readonly SceneMedium[];
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
    boothId: placed.exhibit.booth,
    boothCode: booth?.code,
    exhibitorId: exhibitor?.id,
    exhibitorName: exhibitor ? localizedString(exhibitor.name, language) : undefined,
    sample: exhibitor?.sample ?? false,
    links: links.map((link) => ({ label: localizedString(link.label, language), url: link.url })),
    media: placed.exhibit.media ?? [],
  };
}
