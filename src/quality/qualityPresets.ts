/**
 * What each quality level costs the device: pixel ratio, how far exhibits are drawn (hidden by fog
 * before the cut), how soon they coarsen, and the exhibit triangle budget. Pure data and
 * arithmetic: no three, no DOM.
 *
 * The pixel ratio is capped at 1.5 on touch devices at every level: a tablet's 2× screen is four
 * times the fragments of 1× for little visible gain, and tablets are fill-rate bound.
 */
export type QualityLevel = 'low' | 'medium' | 'high';
/** What the visitor picks: a level, or `auto` (the frame-time monitor picks). */
export type QualitySetting = QualityLevel | 'auto';

export const QUALITY_LEVELS: readonly QualityLevel[] = ['low', 'medium', 'high'];
export const QUALITY_SETTINGS: readonly QualitySetting[] = ['auto', 'high', 'medium', 'low'];

export interface QualityPreset {
  /** Upper bound of the device pixel ratio the canvas renders at. */
  maxDpr: number;
  /** Exhibits farther than this (plus `drawDistancePerHeight` × camera height) are not drawn. */
  drawDistanceM: number;
  /** Multiplies every LOD switch distance (below 1: coarser sooner). */
  lodDistanceScale: number;
  /** Exhibit triangles per frame (see drawBudget). */
  maxTriangles: number;
}

interface PresetRow {
  desktopDpr: number;
  touchDpr: number;
  drawDistanceM: number;
  lodDistanceScale: number;
  maxTriangles: number;
}

const PRESETS: Record<QualityLevel, PresetRow> = {
  high: { desktopDpr: 2, touchDpr: 1.5, drawDistanceM: 220, lodDistanceScale: 1, maxTriangles: 300_000 },
  medium: { desktopDpr: 1.25, touchDpr: 1.25, drawDistanceM: 150, lodDistanceScale: 0.75, maxTriangles: 200_000 },
  low: { desktopDpr: 1, touchDpr: 1, drawDistanceM: 100, lodDistanceScale: 0.5, maxTriangles: 120_000 },
};

/**
 * From above, a visitor sees a whole hall: every metre of height adds this many metres of draw
 * distance, so the overview is never cut while eye height keeps the short, cheap distance.
 */
export const DRAW_DISTANCE_PER_HEIGHT = 2;

/** The preset of `level` for a touch (`touch: true`) or desktop device. */
export function qualityPreset(level: QualityLevel, touch: boolean): QualityPreset {
  const row = PRESETS[level];
  return { maxDpr: touch ? row.touchDpr : row.desktopDpr, drawDistanceM: row.drawDistanceM, lodDistanceScale: row.lodDistanceScale, maxTriangles: row.maxTriangles };
}

/** Draw distance for a camera `heightM` above the floor. */
export function drawDistanceAt(preset: QualityPreset, heightM: number): number {
  return preset.drawDistanceM + DRAW_DISTANCE_PER_HEIGHT * Math.max(0, heightM);
}

/** The level one step down or up from `level` (clamped). */
export function stepQuality(level: QualityLevel, step: -1 | 1): QualityLevel {
  const index = QUALITY_LEVELS.indexOf(level) + step;
  return QUALITY_LEVELS[Math.min(QUALITY_LEVELS.length - 1, Math.max(0, index))] ?? level;
}
