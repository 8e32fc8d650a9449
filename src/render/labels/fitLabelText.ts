/**
 * Fits one line of label text into a width: first by shrinking the font (down to `minScale` of its
 * size, where it still reads), then by cutting the text short with "…". Measuring is injected, so
 * the rule is tested in Node with a fake measure and run in the browser with canvas `measureText`.
 *
 * Shrinking first keeps whole names where possible: the default expo's longest English name (52
 * characters, "Mianyang Zhongjiu Flash Medical Technology Co., Ltd.") shrinks a little on its 8 m
 * fascia and is drawn whole; in Chromium with Noto Sans CJK, 11 of its 276 English labels shrink
 * and none is cut. Below 0.6 the text gets too small to read from the aisle, so cutting it is the
 * better loss.
 */

/** Advance width of `text` in pixels at `fontPx` and CSS `weight`. */
export type MeasureText = (text: string, fontPx: number, weight: number) => number;

export interface FitTextOptions {
  fontPx: number;
  weight: number;
  maxWidthPx: number;
  /** Smallest font scale before the text is cut short (default 0.6). */
  minScale?: number;
}

export interface FittedText {
  /** The text as drawn: whole, or cut short with "…". */
  text: string;
  fontPx: number;
  widthPx: number;
}

export const ELLIPSIS = '…';

/** `text` fitted into `maxWidthPx`; undefined when not even "…" fits or the text is empty. */
export function fitLabelText(text: string, options: FitTextOptions, measure: MeasureText): FittedText | undefined {
  const { weight, maxWidthPx } = options;
  const fontPx = Math.max(1, Math.round(options.fontPx));
  if (text === '' || !(maxWidthPx > 0)) return undefined;
  const width = measure(text, fontPx, weight);
  if (width <= maxWidthPx) return { text, fontPx, widthPx: width };

  const minPx = Math.max(1, Math.ceil(fontPx * (options.minScale ?? 0.6)));
  // Widths are nearly proportional to the size; hinting can add a pixel, so step down to be sure.
  let size = Math.min(fontPx - 1, Math.floor((fontPx * maxWidthPx) / width));
  while (size >= minPx) {
    const scaled = measure(text, size, weight);
    if (scaled <= maxWidthPx) return { text, fontPx: size, widthPx: scaled };
    size -= 1;
  }

  // Longest prefix (whole code points, so no half surrogate pair) that fits with the ellipsis.
  const characters = Array.from(text);
  let low = 0;
  let high = characters.length - 1;
  let best: FittedText | undefined;
  while (low <= high) {
    const count = (low + high) >> 1;
    const candidate = `${characters.slice(0, count).join('').trimEnd()}${ELLIPSIS}`;
    const candidateWidth = measure(candidate, minPx, weight);
    if (candidateWidth <= maxWidthPx) {
      best = { text: candidate, fontPx: minPx, widthPx: candidateWidth };
      low = count + 1;
    } else {
      high = count - 1;
    }
  }
  return best;
}
