/**
 * Turns label placements into atlas sprites (pure: measuring is injected): fits each text line to
 * its board, shares sprites between lines drawn alike, and packs them in keep order until the pages
 * are full, measuring nothing after that.
 *
 * Resolution: a scene whose labels would overflow the page cap is drawn at a lower raster
 * resolution first (same size in the world, softer up close), down to `MIN_RESOLUTION_SCALE`, and
 * only then are labels dropped. The scale starts from an estimate of the atlas area (text lengths,
 * no measuring) and steps down by 15 % at most three times while the pages still overflow. Numbers
 * (Chromium, Noto Sans CJK): the default expo needs 2 pages in Chinese and 2.6 in English at full
 * resolution; the 100k-exhibit stress scene (139 zones, 11,105 booths) starts at 0.5 and shows its
 * 139 zone signs and the first 1,692 fascias (its default hall and the next two) on 6 pages.
 */
import { createAtlasPacker, ATLAS_DEFAULTS, type AtlasPackOptions, type AtlasPage, type AtlasSpot } from './atlasPacking';
import { fitLabelText, type MeasureText } from './fitLabelText';
import { estimateTextEms, type LabelPlacement } from './labelPlacements';

/** Sprite height in ems: room for CJK glyphs (~1 em) and Latin descenders. */
export const LINE_HEIGHT_EM = 1.2;
/** Empty margin at each end of a sprite, ems: overhanging glyphs and antialiasing. */
export const SIDE_MARGIN_EM = 0.08;
/** Lowest resolution scale before labels are dropped instead: a 40 px fascia name at 20 px still reads from a few metres. */
export const MIN_RESOLUTION_SCALE = 0.5;
/** Share of the page area the shelves are expected to fill (the default expo's English names: 87 %). */
const PACKING_FILL = 0.8;
/** Resolution step while the pages overflow, and how many steps. */
const RETRY_SCALE = 0.85;
const MAX_RETRIES = 3;

export interface LabelSprite {
  /** The text as drawn (possibly cut short with "…"). */
  text: string;
  fontPx: number;
  weight: number;
  spot: AtlasSpot;
}

export interface ShownLabel {
  placement: LabelPlacement;
  /** Per line: index into `sprites`, or -1 for a line nothing of which fits its board. */
  sprites: number[];
}

export interface PackedLabels {
  sprites: LabelSprite[];
  pages: AtlasPage[];
  /** Labels shown, in keep order. */
  shown: ShownLabel[];
  /** Labels left out: the pages were full, or not even "…" of any line fits its board. */
  droppedCount: number;
  /** Raster scale used: atlas pixels per em are `line.fontPx × resolutionScale`. */
  resolutionScale: number;
}

/** Packs the labels at the highest resolution (≤ 1) that fits them in the pages, or MIN_RESOLUTION_SCALE. */
export function packLabels(placements: readonly LabelPlacement[], measure: MeasureText, options: AtlasPackOptions = {}): PackedLabels {
  const pageSizePx = options.pageSizePx ?? ATLAS_DEFAULTS.pageSizePx;
  const maxPages = options.maxPages ?? ATLAS_DEFAULTS.maxPages;
  const capacity = maxPages * pageSizePx * pageSizePx * PACKING_FILL;
  let scale = Math.min(1, Math.max(MIN_RESOLUTION_SCALE, Math.sqrt(capacity / Math.max(1, estimateAtlasArea(placements, pageSizePx)))));
  let attempt = packAtScale(placements, measure, options, scale);
  for (let retry = 0; retry < MAX_RETRIES && attempt.overflowed && scale > MIN_RESOLUTION_SCALE; retry += 1) {
    scale = Math.max(MIN_RESOLUTION_SCALE, scale * RETRY_SCALE);
    attempt = packAtScale(placements, measure, options, scale);
  }
  return attempt.packed;
}

/** The raster size of a line at a resolution scale, pixels per em. */
export function scaledFontPx(fontPx: number, resolutionScale: number): number {
  return Math.max(1, Math.round(fontPx * resolutionScale));
}

function packAtScale(
  placements: readonly LabelPlacement[],
  measure: MeasureText,
  options: AtlasPackOptions,
  resolutionScale: number,
): { packed: PackedLabels; overflowed: boolean } {
  const pageSizePx = options.pageSizePx ?? ATLAS_DEFAULTS.pageSizePx;
  const packer = createAtlasPacker(options);
  const sprites: LabelSprite[] = [];
  const spriteByLook = new Map<string, number>();
  const fitCache = new Map<string, number>();
  const shown: ShownLabel[] = [];
  let droppedCount = 0;
  const FULL = -2;

  for (const placement of placements) {
    if (packer.full) {
      droppedCount += 1;
      continue;
    }
    const lineSprites = placement.lines.map((line) => {
      const fontPx = scaledFontPx(line.fontPx, resolutionScale);
      const margin = Math.ceil(fontPx * SIDE_MARGIN_EM);
      const maxWidthPx = Math.floor(Math.min((line.maxWidthM * fontPx) / line.emM, pageSizePx - 2 * ATLAS_DEFAULTS.paddingPx) - 2 * margin);
      const fitKey = `${fontPx}|${line.weight}|${maxWidthPx}|${line.text}`;
      const cached = fitCache.get(fitKey);
      if (cached !== undefined) return cached;
      let index = -1;
      const fitted = fitLabelText(line.text, { fontPx, weight: line.weight, maxWidthPx }, measure);
      if (fitted) {
        const look = `${fitted.fontPx}|${line.weight}|${fitted.text}`;
        const known = spriteByLook.get(look);
        if (known !== undefined) {
          index = known;
        } else {
          const spot = packer.place({
            widthPx: Math.ceil(fitted.widthPx) + 2 * Math.ceil(fitted.fontPx * SIDE_MARGIN_EM),
            heightPx: Math.ceil(fitted.fontPx * LINE_HEIGHT_EM),
          });
          // Not cached: the atlas refused the line, not the fit.
          if (!spot) return FULL;
          index = sprites.length;
          sprites.push({ text: fitted.text, fontPx: fitted.fontPx, weight: line.weight, spot });
          spriteByLook.set(look, index);
        }
      }
      fitCache.set(fitKey, index);
      return index;
    });
    if (lineSprites.includes(FULL) || lineSprites.every((sprite) => sprite < 0)) droppedCount += 1;
    else shown.push({ placement, sprites: lineSprites });
  }
  return { packed: { sprites, pages: packer.pages(), shown, droppedCount, resolutionScale }, overflowed: packer.full };
}

/**
 * Atlas area the labels would take at full resolution, pixels, from their lengths alone (CJK
 * characters 1 em wide, others 0.55 em, as in common sans-serif fonts), each distinct line once.
 */
export function estimateAtlasArea(placements: readonly LabelPlacement[], pageSizePx: number): number {
  const seen = new Set<string>();
  const padding = 2 * ATLAS_DEFAULTS.paddingPx;
  let area = 0;
  for (const placement of placements) {
    for (const line of placement.lines) {
      const key = `${line.fontPx}|${line.weight}|${line.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ems = estimateTextEms(line.text);
      const maxWidthPx = Math.min((line.maxWidthM * line.fontPx) / line.emM, pageSizePx);
      const widthPx = Math.min(ems * line.fontPx, maxWidthPx) + 2 * line.fontPx * SIDE_MARGIN_EM + padding;
      area += widthPx * (line.fontPx * LINE_HEIGHT_EM + padding);
    }
  }
  return area;
}
