/** Counts after layout expansion, for `npm run validate` and the app's header. */
import type { LaidOutScene } from './layout';

export interface SceneCounts {
  halls: number;
  zones: number;
  booths: number;
  /** Things shown to visitors: what the header calls exhibits (issue 10: a counter is not one). */
  exhibits: number;
  /** Stand fittings (`"role": "furniture"`): drawn, but neither exhibits nor listed. */
  furniture: number;
  exhibitors: number;
}

export function countScene(layout: LaidOutScene): SceneCounts {
  const furniture = layout.exhibits.filter((placed) => placed.exhibit.role === 'furniture').length;
  return {
    halls: layout.scene.halls.length,
    zones: layout.zones.length,
    booths: layout.booths.length,
    exhibits: layout.exhibits.length - furniture,
    furniture,
    exhibitors: layout.scene.exhibitors.length,
  };
}

const numberFormat = new Intl.NumberFormat('en-US');

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? singular : pluralForm}`;
}

/** "4 halls, 13 zones, 263 booths, 1,762 exhibits, 493 furniture items, 258 exhibitors, 0 warnings" */
export function formatSceneSummary(counts: SceneCounts, warnings: number): string {
  return [
    plural(counts.halls, 'hall'),
    plural(counts.zones, 'zone'),
    plural(counts.booths, 'booth'),
    plural(counts.exhibits, 'exhibit'),
    plural(counts.furniture, 'furniture item'),
    plural(counts.exhibitors, 'exhibitor'),
    plural(warnings, 'warning'),
  ].join(', ');
}
