/**
 * What the exhibitor panel shows for an exhibitor id: name, country, description and links, their
 * booths (code, zone, hall) and everything they show (not their stand's furniture), in the
 * visitor's language.
 */
import { localizedString, type Language, type LaidOutScene } from '../../scene';
import type { BoothIndex } from '../boothDetails';
import { countryName } from './countryName';

export interface ExhibitorDetails {
  id: string;
  name: string;
  /** The country's name in the visitor's language; undefined for "ZZ" (unknown). */
  country: string | undefined;
  description: string;
  /** Marked sample data in the scene: an example stand. */
  sample: boolean;
  links: { label: string; url: string }[];
  booths: { id: string; code: string; place: string }[];
  exhibits: { id: string; title: string; boothCode: string }[];
}

/** The booths of each exhibitor, in scene order, built once per layout. */
export type BoothsByExhibitor = Map<string, LaidOutScene['booths']>;

export function indexExhibitorBooths(layout: LaidOutScene): BoothsByExhibitor {
  const byExhibitor: BoothsByExhibitor = new Map();
  for (const booth of layout.booths) {
    if (booth.exhibitorId === undefined) continue;
    const list = byExhibitor.get(booth.exhibitorId) ?? [];
    list.push(booth);
    byExhibitor.set(booth.exhibitorId, list);
  }
  return byExhibitor;
}

export function exhibitorDetails(index: BoothIndex, boothsByExhibitor: BoothsByExhibitor, exhibitorId: string, language: Language): ExhibitorDetails | undefined {
  const exhibitor = index.exhibitors.get(exhibitorId);
  if (!exhibitor) return undefined;
  const booths = boothsByExhibitor.get(exhibitorId) ?? [];
  return {
    id: exhibitor.id,
    name: localizedString(exhibitor.name, language),
    country: countryName(exhibitor.country, language),
    description: localizedString(exhibitor.description, language),
    sample: exhibitor.sample,
    links: (exhibitor.links ?? []).map((link) => ({ label: localizedString(link.label, language), url: link.url })),
    // The zone says where a booth is; the hall's name would repeat it at length on every line.
    booths: booths.map((booth) => {
      const zone = index.zones.get(booth.zoneId);
      return { id: booth.id, code: booth.code, place: zone ? localizedString(zone.name, language) : '' };
    }),
    exhibits: booths.flatMap((booth) =>
      (index.exhibitsByBooth.get(booth.id) ?? []).map((placed) => ({ id: placed.exhibit.id, title: localizedString(placed.exhibit.title, language), boothCode: booth.code })),
    ),
  };
}
