/** Counts after layout expansion, for `npm run validate` and the app's header. */
import type { LaidOutScene } from './layout';

export interface SceneCounts {
  halls: number;
  zones: number;
  booths: number;
  exhibits: number;
  exhibitors: number;
}

export function countScene(layout: LaidOutScene): SceneCounts {
  return {
    halls: layout.scene.halls.length,
    zones: layout.zones.length,
    booths: layout.booths.length,
    exhibits: layout.exhibits.length,
    exhibitors: layout.scene.exhibitors.length,
  };
}

const numberFormat = new Intl.NumberFormat('en-US');

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? singular : pluralForm}`;
}

/** "4 halls, 14 zones, 252 booths, 2,180 exhibits, 61 exhibitors, 0 warnings" */
export function formatSceneSummary(counts: SceneCounts, warnings: number): string {
  return [
    plural(counts.halls, 'hall'),
    plural(counts.zones, 'zone'),
    plural(counts.booths, 'booth'),
    plural(counts.exhibits, 'exhibit'),
    plural(counts.exhibitors, 'exhibitor'),
    plural(warnings, 'warning'),
  ].join(', ');
}
