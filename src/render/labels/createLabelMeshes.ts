/**
 * Every sign of the expo in a handful of draw calls: one InstancedMesh for all boards, posts and
 * cables, and one InstancedMesh of text quads per atlas page, whatever the number of labels.
 *
 * Each text line is a sprite in a single-channel atlas (RedFormat, 1 byte a texel: a 2048² page is
 * 4 MiB, 5.3 MiB with mipmaps, against 16 / 21 MiB as RGBA), mipmapped so text stays smooth far off.
 * Lines drawn alike share a sprite, so an exhibitor with several booths costs one. At most
 * `maxPages` pages are made (default 6, ≤ 32 MiB of texture): a crowded scene is drawn at a lower
 * resolution, then the labels last in keep order are dropped (see packLabels, labelPlacements).
 * Measured in headless Chromium with software WebGL on a 2-core machine: the default expo (13 zones,
 * 263 booths) builds in 130–200 ms on 2 pages in Chinese (8.7 MiB) and 3 in English (14.3 MiB), and
 * adds 2–3 draw calls to the view; the 100k-exhibit stress scene builds in 0.7–1.7 s on 6 pages and
 * shows 1,831 of its 11,244 labels.
 *
 * The text is baked for one language: build again (and dispose the old meshes) when it changes.
 */
import {
  BoxGeometry,
  Color,
  DataTexture,
  InstancedBufferAttribute,
  InstancedMesh,
  LinearFilter,
  LinearMipmapLinearFilter,
  MeshStandardMaterial,
  PlaneGeometry,
  RedFormat,
  UnsignedByteType,
  type Object3D,
} from 'three';
import { rotateOffset, type LaidOutScene, type Language } from '../../scene';
import { finishInstances } from '../createHallMeshes';
import { setBoxInstance } from '../instanceMatrix';
import { ATLAS_DEFAULTS, atlasUv } from './atlasPacking';
import { createLabelTextMaterial, LABEL_UV_ATTRIBUTE } from './createLabelTextMaterial';
import { labelPlacements, SUPPORT_COLOR, type LabelPlacement } from './labelPlacements';
import { packLabels, scaledFontPx } from './packLabels';
import type { SpriteDraw, TextRasterizer } from './textRasterizer';

export interface LabelMeshOptions {
  /** Language of the names; the other language fills in where a text lacks it. */
  language: Language;
  /** Measures and draws the text: `createCanvasRasterizer()` in the browser, a fake in tests. */
  rasterizer: TextRasterizer;
  /** Atlas page size, pixels (default 2048). */
  pageSizePx?: number;
  /** Most atlas pages (default 6); labels beyond them are dropped. */
  maxPages?: number;
  /** Texture anisotropy, clamped by three to what the GPU offers (default 8): fascias are mostly seen at a slant. */
  anisotropy?: number;
}

export interface LabelMeshes {
  /** The boards mesh, then one text mesh per atlas page; add them to the scene. */
  objects: Object3D[];
  /** Frees textures, geometries, materials and instance buffers. */
  dispose: () => void;
  /** Labels shown. */
  labelCount: number;
  /** Labels left out: the atlas pages were full, or not even "…" of any of their lines fits the board. */
  droppedCount: number;
  pageCount: number;
  /** GPU memory of the atlas pages with their mipmaps, bytes. */
  textureBytes: number;
  /** Raster resolution used: 1 (full), down to MIN_RESOLUTION_SCALE when the labels would overflow the pages (see packLabels). */
  resolutionScale: number;
}

/** Text quads stand this far in front of their board, metres (0.3 mm depth resolution at 50 m with near = 0.5 m). */
const TEXT_LIFT_M = 0.01;

const _color = new Color();

/** Boards and text of every zone sign, door sign and booth fascia of `layout`, in world coordinates. */
export function createLabelMeshes(layout: LaidOutScene, options: LabelMeshOptions): LabelMeshes {
  const pageSizePx = options.pageSizePx ?? ATLAS_DEFAULTS.pageSizePx;
  const maxPages = options.maxPages ?? ATLAS_DEFAULTS.maxPages;
  const { rasterizer } = options;
  const placements = labelPlacements(layout, options.language);

  const { sprites, pages, shown, droppedCount, resolutionScale } = packLabels(placements, rasterizer.measure, { pageSizePx, maxPages });

  // Atlas pages: each drawn once, only its alpha kept.
  const textures = pages.map((page, pageIndex) => {
    const draws: SpriteDraw[] = [];
    for (const sprite of sprites) {
      const { spot } = sprite;
      if (spot.page === pageIndex) draws.push({ text: sprite.text, fontPx: sprite.fontPx, weight: sprite.weight, x: spot.x, y: spot.y, widthPx: spot.widthPx, heightPx: spot.heightPx });
    }
    const texture = new DataTexture(rasterizer.drawPage(page.widthPx, page.heightPx, draws), page.widthPx, page.heightPx, RedFormat, UnsignedByteType);
    texture.name = `label-atlas-${pageIndex}`;
    texture.generateMipmaps = true;
    texture.minFilter = LinearMipmapLinearFilter;
    texture.magFilter = LinearFilter;
    texture.anisotropy = options.anisotropy ?? 8;
    texture.unpackAlignment = 1;
    texture.needsUpdate = true;
    return texture;
  });

  // Text quads: count per page first, then fill.
  const quadsPerPage = new Array<number>(textures.length).fill(0);
  for (const label of shown) {
    for (const index of label.sprites) {
      const sprite = sprites[index];
      if (sprite) quadsPerPage[sprite.spot.page] = (quadsPerPage[sprite.spot.page] ?? 0) + (label.placement.doubleSided ? 2 : 1);
    }
  }
  const textMeshes = textures.map((texture, pageIndex) => {
    const count = quadsPerPage[pageIndex] ?? 0;
    const geometry = new PlaneGeometry(1, 1);
    geometry.setAttribute(LABEL_UV_ATTRIBUTE, new InstancedBufferAttribute(new Float32Array(count * 4), 4));
    const mesh = new InstancedMesh(geometry, createLabelTextMaterial(texture), count);
    mesh.name = `label-text-${pageIndex}`;
    mesh.count = 0;
    return mesh;
  });

  const supportCount = shown.reduce((sum, label) => sum + label.placement.supports.length, 0);
  const boards = new InstancedMesh(new BoxGeometry(1, 1, 1), new MeshStandardMaterial({ roughness: 0.75, metalness: 0 }), shown.length + supportCount);
  boards.name = 'label-boards';
  boards.count = 0;

  for (const { placement, sprites: lineSprites } of shown) {
    addBoard(boards, placement);
    const { board } = placement;
    placement.lines.forEach((line, lineIndex) => {
      const sprite = sprites[lineSprites[lineIndex] ?? -1];
      const page = sprite ? pages[sprite.spot.page] : undefined;
      const mesh = sprite ? textMeshes[sprite.spot.page] : undefined;
      if (!sprite || !page || !mesh) return;
      // World size of a sprite pixel: the line's em over its (scaled) raster size; a shrunk line is drawn smaller.
      const metresPerPx = line.emM / scaledFontPx(line.fontPx, resolutionScale);
      const uv = atlasUv(sprite.spot, page);
      _color.set(line.color);
      for (const side of placement.doubleSided ? [1, -1] : [1]) {
        const [dx, dz] = rotateOffset(0, side * (board.sizeZM / 2 + TEXT_LIFT_M), board.yawRad);
        const slot = mesh.count;
        setBoxInstance(
          mesh,
          slot,
          board.xM + dx,
          board.yM + line.offsetYM,
          board.zM + dz,
          side > 0 ? board.yawRad : board.yawRad + Math.PI,
          sprite.spot.widthPx * metresPerPx,
          sprite.spot.heightPx * metresPerPx,
          1,
        );
        mesh.setColorAt(slot, _color);
        (mesh.geometry.getAttribute(LABEL_UV_ATTRIBUTE) as InstancedBufferAttribute).array.set(uv, slot * 4);
        mesh.count += 1;
      }
    });
  }

  for (const mesh of [boards, ...textMeshes]) finishInstances(mesh);
  const objects: Object3D[] = [boards, ...textMeshes];
  return {
    objects,
    labelCount: shown.length,
    droppedCount,
    pageCount: textures.length,
    textureBytes: pages.reduce((sum, page) => sum + Math.ceil((page.widthPx * page.heightPx * 4) / 3), 0),
    resolutionScale,
    dispose() {
      for (const mesh of [boards, ...textMeshes]) {
        mesh.dispose();
        mesh.geometry.dispose();
        mesh.material.dispose();
      }
      for (const texture of textures) texture.dispose();
    },
  };
}

function addBoard(boards: InstancedMesh, placement: LabelPlacement): void {
  const parts = [{ box: placement.board, color: placement.boardColor }, ...placement.supports.map((box) => ({ box, color: SUPPORT_COLOR }))];
  for (const { box, color } of parts) {
    const slot = boards.count;
    setBoxInstance(boards, slot, box.xM, box.yM, box.zM, box.yawRad, box.sizeXM, box.sizeYM, box.sizeZM);
    boards.setColorAt(slot, _color.set(color));
    boards.count += 1;
  }
}
