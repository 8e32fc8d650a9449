/**
 * The heading of a tour stop: the exhibit's title, the booth's exhibitor (or its code when it has
 * none) or the viewpoint's name, in the visitor's language. The scene's checks make sure the stop
 * names something that exists; a stop that does not still gets its id rather than nothing.
 */
import { localizedString, type Language, type LaidOutScene, type TourStop } from '../../scene';

export function tourStopTitle(layout: LaidOutScene, stop: TourStop, language: Language): string {
  const { scene } = layout;
  if (stop.exhibit !== undefined) {
    const exhibit = scene.exhibits.find((candidate) => candidate.id === stop.exhibit);
    return exhibit ? localizedString(exhibit.title, language) : stop.exhibit;
  }
  if (stop.booth !== undefined) {
    const booth = layout.booths.find((candidate) => candidate.id === stop.booth);
    const exhibitor = booth?.exhibitorId === undefined ? undefined : scene.exhibitors.find((candidate) => candidate.id === booth.exhibitorId);
    if (exhibitor) return localizedString(exhibitor.name, language);
    return booth ? booth.code : stop.booth;
  }
  if (stop.viewpoint !== undefined) {
    const viewpoint = scene.viewpoints?.find((candidate) => candidate.id === stop.viewpoint);
    return viewpoint ? localizedString(viewpoint.name, language) : stop.viewpoint;
  }
  return '';
}
