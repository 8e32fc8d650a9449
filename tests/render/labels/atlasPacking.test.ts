import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packAtlas, type AtlasRect, type AtlasSize } from '../../../src/render/labels';

const PAGE = 256;
const PADDING = 4;

function overlap(a: AtlasRect, b: AtlasRect): boolean {
  // Padded boxes: neighbours must keep `PADDING` of empty border each.
  return (
    a.page === b.page &&
    a.x - PADDING < b.x + b.widthPx + PADDING &&
    b.x - PADDING < a.x + a.widthPx + PADDING &&
    a.y - PADDING < b.y + b.heightPx + PADDING &&
    b.y - PADDING < a.y + a.heightPx + PADDING
  );
}

const sizes = fc.array(fc.record({ widthPx: fc.integer({ min: 1, max: 200 }), heightPx: fc.integer({ min: 1, max: 60 }) }), { maxLength: 120 });

describe('packAtlas', () => {
  it('places sprites inside their page, apart from each other by their padding', () => {
    fc.assert(
      fc.property(sizes, (list) => {
        const packing = packAtlas(list, { pageSizePx: PAGE, maxPages: 3, paddingPx: PADDING });
        const placed = packing.rects.filter((rect): rect is AtlasRect => rect !== undefined);
        for (const [index, rect] of packing.rects.entries()) {
          if (!rect) continue;
          const page = packing.pages[rect.page];
          expect(page).toBeDefined();
          expect(rect.widthPx).toBe(list[index]?.widthPx);
          expect(rect.heightPx).toBe(list[index]?.heightPx);
          expect(rect.x).toBeGreaterThanOrEqual(PADDING);
          expect(rect.y).toBeGreaterThanOrEqual(PADDING);
          expect(rect.x + rect.widthPx + PADDING).toBeLessThanOrEqual(page?.widthPx ?? 0);
          expect(rect.y + rect.heightPx + PADDING).toBeLessThanOrEqual(page?.heightPx ?? 0);
        }
        for (let i = 0; i < placed.length; i += 1) {
          for (let j = i + 1; j < placed.length; j += 1) expect(overlap(placed[i] as AtlasRect, placed[j] as AtlasRect)).toBe(false);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('keeps a prefix of the sprites within the page cap and counts the rest as dropped', () => {
    fc.assert(
      fc.property(sizes, fc.integer({ min: 1, max: 3 }), (list, maxPages) => {
        const packing = packAtlas(list, { pageSizePx: PAGE, maxPages, paddingPx: PADDING });
        expect(packing.pages.length).toBeLessThanOrEqual(maxPages);
        packing.rects.forEach((rect, index) => expect(rect !== undefined).toBe(index < packing.firstDropped));
        expect(packing.droppedCount).toBe(list.length - packing.firstDropped);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('fills its pages before giving up: a dropped sprite really had no room', () => {
    const list: AtlasSize[] = Array.from({ length: 200 }, () => ({ widthPx: 100, heightPx: 20 }));
    const packing = packAtlas(list, { pageSizePx: PAGE, maxPages: 2, paddingPx: PADDING });
    // Slots of 108 × 28: 2 a shelf, 9 shelves a page.
    expect(packing.firstDropped).toBe(2 * 2 * 9);
    expect(packing.pages).toEqual([
      { widthPx: PAGE, heightPx: PAGE },
      { widthPx: PAGE, heightPx: PAGE },
    ]);
  });

  it('gives the same result for the same input', () => {
    fc.assert(
      fc.property(sizes, (list) => {
        expect(packAtlas(list, { pageSizePx: PAGE, maxPages: 2 })).toEqual(packAtlas(list, { pageSizePx: PAGE, maxPages: 2 }));
      }),
      { numRuns: 50, seed: 3 },
    );
  });

  it('puts short sprites into gaps on earlier shelves before opening new ones', () => {
    const packing = packAtlas(
      [
        { widthPx: 100, heightPx: 40 },
        { widthPx: 100, heightPx: 12 },
        { widthPx: 100, heightPx: 36 },
      ],
      { pageSizePx: PAGE, paddingPx: PADDING },
    );
    // The 36 px sprite shares the 40 px shelf; the 12 px one has its own.
    expect(packing.rects[2]?.y).toBe(packing.rects[0]?.y);
    expect(packing.rects[1]?.y).not.toBe(packing.rects[0]?.y);
  });

  it('trims each page to its used height, in steps of 128 px', () => {
    const packing = packAtlas([{ widthPx: 50, heightPx: 50 }], { pageSizePx: 2048 });
    expect(packing.pages).toEqual([{ widthPx: 2048, heightPx: 128 }]);
    const rect = packing.rects[0];
    expect(rect?.uv).toEqual([4 / 2048, 4 / 128, 50 / 2048, 50 / 128]);
    const tall = packAtlas(Array.from({ length: 3 }, () => ({ widthPx: 2000, heightPx: 60 })), { pageSizePx: 2048 });
    // Three shelves of 68 px: 204 px used.
    expect(tall.pages).toEqual([{ widthPx: 2048, heightPx: 256 }]);
  });

  it('drops a sprite larger than a page without ending the packing', () => {
    const packing = packAtlas(
      [
        { widthPx: 300, heightPx: 10 },
        { widthPx: 10, heightPx: 10 },
      ],
      { pageSizePx: PAGE },
    );
    expect(packing.rects[0]).toBeUndefined();
    expect(packing.rects[1]).toBeDefined();
    expect(packing.droppedCount).toBe(1);
    expect(packing.firstDropped).toBe(2);
  });

  it('makes no page for nothing', () => {
    expect(packAtlas([])).toEqual({ rects: [], pages: [], firstDropped: 0, droppedCount: 0 });
  });
});
