/**
 * Packs label sprites (pixel rectangles) into texture atlas pages with shelves: rows as tall as
 * their first sprite, filled left to right. Sprites come in priority order and keep it: packing stops
 * at the first sprite that finds no room within the page cap, and it and every later sprite are
 * dropped, so what is kept is always a prefix (zone signs before fascias, see labelPlacements).
 *
 * Approaches considered: skyline or MaxRects pack 5–10 % tighter on mixed sizes, but label sprites
 * come in a handful of heights (one per line style, shrunk lines a little lower), which is the case
 * shelves handle well, in O(sprites × shelves) and a page of code. Shelves are chosen best-fit
 * (least height wasted) across all open pages, so a short code line fills a gap on an earlier page
 * before a new shelf is opened; a shelf more than 1.5× a sprite's height is used only when no page
 * has room for a new shelf.
 *
 * Every sprite gets `paddingPx` of empty border and slots start on multiples of `alignPx`: with 4 and
 * 4, a sprite's neighbours stay out of its texels up to mip level 2 (4×4 texel blocks), so distant
 * text does not pick up bleed from the next label at the distances where it is still legible.
 *
 * Pages are `pageSizePx` wide; each page's height is its used height rounded up to a multiple of
 * `PAGE_HEIGHT_STEP_PX` (128, so the first seven mip levels halve exactly; WebGL 2 mipmaps any size),
 * so a part-filled last page does not cost a full 2048² texture: the default expo's English names
 * fill 2.6 pages, 14.3 MiB with mipmaps where three whole pages would take 16 MiB.
 */

export interface AtlasSize {
  widthPx: number;
  heightPx: number;
}

export interface AtlasPackOptions {
  /** Page width and largest page height, pixels (default 2048: every WebGL 2 device takes it). */
  pageSizePx?: number;
  /** Most pages (default 6). */
  maxPages?: number;
  /** Empty border around each sprite, pixels (default 4). */
  paddingPx?: number;
  /** Slots start on multiples of this, pixels (default 4). */
  alignPx?: number;
}

/** Where a sprite went: its top-left corner (inside its padding), pixels from its page's top-left. */
export interface AtlasSpot {
  page: number;
  x: number;
  y: number;
  widthPx: number;
  heightPx: number;
}

export interface AtlasRect extends AtlasSpot {
  /**
   * Texture coordinates [u, v, du, dv] of the sprite in its page, v counted from the page's first
   * (top) row, which is row 0 of the page data: the quad's top edge samples v, its bottom v + dv.
   */
  uv: [number, number, number, number];
}

export interface AtlasPage {
  widthPx: number;
  heightPx: number;
}

/** Packs sprites one at a time, so a caller can stop measuring text once the pages are full. */
export interface AtlasPacker {
  /**
   * Places a sprite; undefined when it is larger than a page, or when there is no room left within
   * the page cap, from which moment (`full`) every later sprite is refused too.
   */
  place: (size: AtlasSize) => AtlasSpot | undefined;
  /** Whether a sprite has been refused for lack of room. */
  readonly full: boolean;
  /** The pages so far, each as tall as it needs to be. */
  pages: () => AtlasPage[];
}

export interface AtlasPacking {
  /** Per sprite, in input order: where it went, or undefined when dropped. */
  rects: (AtlasRect | undefined)[];
  pages: AtlasPage[];
  /** Index of the first sprite dropped for lack of room (all later ones are dropped too); `sizes.length` when none. */
  firstDropped: number;
  /** Sprites dropped: from the cap, and any single sprite larger than a page. */
  droppedCount: number;
}

export const ATLAS_DEFAULTS = { pageSizePx: 2048, maxPages: 6, paddingPx: 4, alignPx: 4 } as const;

/** Page heights are multiples of this, pixels. */
export const PAGE_HEIGHT_STEP_PX = 128;

/** Shelves more than this many times a sprite's height are a last resort for it. */
const MAX_SHELF_WASTE = 1.5;

interface Shelf {
  page: number;
  y: number;
  height: number;
  usedWidth: number;
}

/** An empty atlas of at most `maxPages` pages. */
export function createAtlasPacker(options: AtlasPackOptions = {}): AtlasPacker {
  const pageSize = options.pageSizePx ?? ATLAS_DEFAULTS.pageSizePx;
  const maxPages = options.maxPages ?? ATLAS_DEFAULTS.maxPages;
  const padding = options.paddingPx ?? ATLAS_DEFAULTS.paddingPx;
  const align = Math.max(1, options.alignPx ?? ATLAS_DEFAULTS.alignPx);
  const alignUp = (value: number): number => Math.ceil(value / align) * align;
  const shelves: Shelf[] = [];
  const pageHeights: number[] = [];
  let full = false;

  const openShelf = (page: number, height: number): Shelf | undefined => {
    const used = pageHeights[page] ?? 0;
    if (used + height > pageSize) return undefined;
    pageHeights[page] = used + height;
    const shelf: Shelf = { page, y: used, height, usedWidth: 0 };
    shelves.push(shelf);
    return shelf;
  };

  return {
    get full() {
      return full;
    },
    place(size) {
      const width = Math.ceil(size.widthPx);
      const height = Math.ceil(size.heightPx);
      const slotWidth = alignUp(width + 2 * padding);
      const slotHeight = alignUp(height + 2 * padding);
      if (full || !(width > 0 && height > 0) || slotWidth > pageSize || slotHeight > pageSize) return undefined;

      let best: Shelf | undefined;
      for (const shelf of shelves) {
        if (shelf.height < slotHeight || pageSize - shelf.usedWidth < slotWidth) continue;
        if (!best || shelf.height < best.height) best = shelf;
      }
      let shelf = best && best.height <= slotHeight * MAX_SHELF_WASTE ? best : undefined;
      for (let page = 0; !shelf && page < pageHeights.length; page += 1) shelf = openShelf(page, slotHeight);
      if (!shelf && pageHeights.length < maxPages) shelf = openShelf(pageHeights.length, slotHeight);
      shelf ??= best;
      if (!shelf) {
        full = true;
        return undefined;
      }
      const spot: AtlasSpot = { page: shelf.page, x: shelf.usedWidth + padding, y: shelf.y + padding, widthPx: width, heightPx: height };
      shelf.usedWidth += slotWidth;
      return spot;
    },
    pages: () => pageHeights.map((used) => ({ widthPx: pageSize, heightPx: Math.min(pageSize, Math.ceil(used / PAGE_HEIGHT_STEP_PX) * PAGE_HEIGHT_STEP_PX) })),
  };
}

/** Texture coordinates of a spot in its page (see `AtlasRect.uv`). */
export function atlasUv(spot: AtlasSpot, page: AtlasPage): [number, number, number, number] {
  return [spot.x / page.widthPx, spot.y / page.heightPx, spot.widthPx / page.widthPx, spot.heightPx / page.heightPx];
}

/** Packs `sizes` in order into at most `maxPages` pages; deterministic for equal input. */
export function packAtlas(sizes: readonly AtlasSize[], options: AtlasPackOptions = {}): AtlasPacking {
  const packer = createAtlasPacker(options);
  let firstDropped = sizes.length;
  const spots = sizes.map((size, index) => {
    const spot = packer.place(size);
    if (packer.full && firstDropped === sizes.length) firstDropped = index;
    return spot;
  });
  const pages = packer.pages();
  const rects = spots.map((spot): AtlasRect | undefined => {
    const page = spot && pages[spot.page];
    return spot && page ? { ...spot, uv: atlasUv(spot, page) } : undefined;
  });
  return { rects, pages, firstDropped, droppedCount: rects.filter((rect) => rect === undefined).length };
}
