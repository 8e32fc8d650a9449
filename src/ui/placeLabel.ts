/**
 * The words for a place, for the "you are here" line: a hall's name, a booth's code and
 * exhibitor (with its hall), an exhibit's title (with its booth). Lookups go through maps built
 * once per layout and language.
 */
import type { Place } from '../navigation/places';
import { localizedString, type Language, type LaidOutScene } from '../scene';

export type PlaceLabeller = (place: Place) => string | undefined;

export function createPlaceLabeller(layout: LaidOutScene, language: Language, boothWord: (code: string) => string): PlaceLabeller {
  const halls = new Map(layout.scene.halls.map((hall) => [hall.id, localizedString(hall.name, language)]));
  const exhibitors = new Map(layout.scene.exhibitors.map((exhibitor) => [exhibitor.id, localizedString(exhibitor.name, language)]));
  const booths = new Map(layout.booths.map((booth) => [booth.id, booth]));
  const exhibits = new Map(layout.exhibits.map((placed) => [placed.exhibit.id, placed.exhibit]));
  const boothLabel = (id: string): string | undefined => {
    const booth = booths.get(id);
    if (!booth) return undefined;
    const exhibitor = booth.exhibitorId === undefined ? undefined : exhibitors.get(booth.exhibitorId);
    return [boothWord(booth.code), exhibitor].filter(Boolean).join(' · ');
  };
  return (place) => {
    if (place.kind === 'hall') return halls.get(place.id);
    if (place.kind === 'booth') {
      const booth = booths.get(place.id);
      const hall = booth ? layout.scene.halls[booth.hallIndex] : undefined;
      const label = boothLabel(place.id);
      return label && hall ? `${label} — ${halls.get(hall.id) ?? ''}` : label;
    }
    const exhibit = exhibits.get(place.id);
    if (!exhibit) return undefined;
    const booth = boothLabel(exhibit.booth);
    return [localizedString(exhibit.title, language), booth].filter(Boolean).join(' — ');
  };
}
