/**
 * Drawing label text into atlas pages, behind an interface so the mesh builder runs in Node tests
 * with a fake and in the browser with a 2D canvas.
 *
 * The canvas rasterizer uses the system's fonts, CJK families first: no font file to ship or fetch
 * (drei <Text> looks Chinese glyphs up online, see docs/perf-notes), and each platform's own Chinese
 * font (PingFang on Apple, Microsoft YaHei on Windows, Noto Sans CJK / Source Han Sans on Linux and
 * Android) draws both the Chinese and the Latin text. A page is drawn white on a transparent canvas in
 * one pass, read back once, and only its alpha is kept: 1 byte a texel instead of 4.
 */
import type { MeasureText } from './fitLabelText';

/** One sprite to draw: `text` centred in its box, white, at `fontPx` and CSS `weight`. */
export interface SpriteDraw {
  text: string;
  fontPx: number;
  weight: number;
  /** The sprite's box in the page, pixels from the top-left. */
  x: number;
  y: number;
  widthPx: number;
  heightPx: number;
}

export interface TextRasterizer {
  /** Advance width of `text` in pixels. */
  measure: MeasureText;
  /**
   * Draws `sprites` into a page of `widthPx` × `heightPx` and returns its coverage (text alpha), one
   * byte a pixel, row by row from the top.
   */
  drawPage: (widthPx: number, heightPx: number, sprites: readonly SpriteDraw[]) => Uint8Array;
}

export const LABEL_FONT_FAMILY = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif';

export interface CanvasRasterizerOptions {
  /** CSS font-family list (default `LABEL_FONT_FAMILY`). */
  fontFamily?: string;
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** A rasterizer on an OffscreenCanvas (or a DOM canvas where there is none); browser only. */
export function createCanvasRasterizer(options: CanvasRasterizerOptions = {}): TextRasterizer {
  const family = options.fontFamily ?? LABEL_FONT_FAMILY;
  const font = (fontPx: number, weight: number): string => `${weight} ${fontPx}px ${family}`;
  let measureContext: Context2D | undefined;

  return {
    measure(text, fontPx, weight) {
      measureContext ??= context2d(1, 1);
      measureContext.font = font(fontPx, weight);
      return measureContext.measureText(text).width;
    },
    drawPage(widthPx, heightPx, sprites) {
      // A fresh canvas per page: its memory (16 MB at 2048²) goes as soon as the alpha is copied.
      const context = context2d(widthPx, heightPx);
      context.clearRect(0, 0, widthPx, heightPx);
      context.fillStyle = '#ffffff';
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      let current = '';
      for (const sprite of sprites) {
        const wanted = font(sprite.fontPx, sprite.weight);
        if (wanted !== current) {
          context.font = wanted;
          current = wanted;
        }
        context.fillText(sprite.text, sprite.x + sprite.widthPx / 2, sprite.y + sprite.heightPx / 2);
      }
      const rgba = context.getImageData(0, 0, widthPx, heightPx).data;
      const alpha = new Uint8Array(widthPx * heightPx);
      for (let index = 0; index < alpha.length; index += 1) alpha[index] = rgba[index * 4 + 3] ?? 0;
      return alpha;
    },
  };
}

function context2d(widthPx: number, heightPx: number): Context2D {
  if (typeof OffscreenCanvas !== 'undefined') {
    const context = new OffscreenCanvas(widthPx, heightPx).getContext('2d', { willReadFrequently: true });
    if (context) return context;
  }
  if (typeof document === 'undefined') throw new Error('label text needs a 2D canvas (OffscreenCanvas or document)');
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas context for label text');
  return context;
}
