/** A small hand-made expo for label tests, and a fake text rasterizer (no canvas in Node). */
import type { SpriteDraw, TextRasterizer } from '../../../src/render/labels';
import { layoutScene, sceneSchema, type LaidOutScene, type SceneInput } from '../../../src/scene';

export const HOSTILE_NAME = '<img src=x onerror="alert(1)">\n\u202Eevil';

/**
 * Hall 1 at [100, 50] (40 × 30 m, entrance south, door east to hall 2) with two zones and one booth
 * per template and rotation (the north-facing one 8 m wide); hall 2 (the default hall) with one booth. Booths are 4 × 3 m.
 */
export function labelScene(): LaidOutScene {
  const booth = (id: string, x: number, z: number, extra: Partial<NonNullable<SceneInput['booths']>[number]> = {}) => ({
    id: `booth-${id}`,
    code: id.toUpperCase(),
    zone: 'zone-a',
    exhibitor: 'acme',
    positionM: [x, z] as [number, number],
    sizeM: [4, 3] as [number, number],
    ...extra,
  });
  const input: SceneInput = {
    version: 1,
    expo: { id: 'labels', title: { en: 'Labels' }, dates: { start: '2024-01-01', end: '2024-01-02' }, venue: { en: 'Test' }, defaultHall: 'hall-2' },
    halls: [
      {
        id: 'hall-1',
        name: { en: 'Hall 1' },
        sizeM: { width: 40, depth: 30, height: 12 },
        positionM: [100, 50],
        doors: [
          { id: 'main', wall: 'south', offsetM: 20, leadsTo: 'outside' },
          { id: 'to-2', wall: 'east', offsetM: 15, leadsTo: 'hall-2' },
        ],
        zones: [
          { id: 'zone-a', name: { zh: '人工智能', en: 'Artificial Intelligence' }, color: '#f1c40f', category: 'ai', rect: { x: 0, z: 0, width: 20, depth: 30 } },
          { id: 'zone-b', name: { en: 'Aerospace' }, color: '#2e86de', category: 'space', rect: { x: 20, z: 0, width: 20, depth: 30 } },
        ],
      },
      {
        id: 'hall-2',
        name: { en: 'Hall 2' },
        sizeM: { width: 30, depth: 30, height: 12 },
        positionM: [140, 50],
        doors: [{ id: 'side', wall: 'east', offsetM: 15, leadsTo: 'outside' }],
        zones: [{ id: 'zone-c', name: { en: 'Materials' }, color: '#27ae60', category: 'materials', rect: { x: 0, z: 0, width: 30, depth: 30 } }],
      },
    ],
    booths: [
      booth('s-1', 5, 5),
      booth('e-1', 12, 5, { rotationDeg: 90, exhibitor: 'zh-only' }),
      booth('n-1', 5, 12, { rotationDeg: 180, exhibitor: 'hostile', sizeM: [8, 3] }),
      booth('w-1', 12, 12, { rotationDeg: 270 }),
      booth('v-1', 5, 20, { exhibitor: undefined }),
      booth('i-1', 25, 5, { zone: 'zone-b', template: 'island', sizeM: [8, 6] }),
      booth('k-1', 25, 15, { zone: 'zone-b', template: 'kiosk', sizeM: [3, 3] }),
      booth('c-1', 33, 5, { zone: 'zone-b', template: 'corner' }),
      booth('p-1', 33, 15, { zone: 'zone-b', template: 'peninsula' }),
      booth('h2-1', 10, 10, { zone: 'zone-c' }),
    ],
    exhibitors: [
      { id: 'acme', name: { zh: '阿克米机器人', en: 'Acme Robotics' }, country: 'CN' },
      { id: 'zh-only', name: { zh: '绵阳科技' }, country: 'CN' },
      { id: 'hostile', name: { en: HOSTILE_NAME }, country: 'US' },
    ],
  };
  return layoutScene(sceneSchema.parse(input));
}

/** Width of a character in ems in the fake font: CJK full width, everything else 0.55. */
function emWidth(character: string): number {
  return /[\u3000-\u9fff\uff00-\uffef]/.test(character) ? 1 : 0.55;
}

export interface FakeRasterizer extends TextRasterizer {
  /** Every page drawn: its size and sprites. */
  pages: { widthPx: number; heightPx: number; sprites: SpriteDraw[] }[];
}

/** Measures with fixed character widths; draws each sprite's box as full coverage. */
export function createFakeRasterizer(): FakeRasterizer {
  const pages: FakeRasterizer['pages'] = [];
  return {
    pages,
    measure: (text, fontPx) => Array.from(text).reduce((sum, character) => sum + emWidth(character), 0) * fontPx,
    drawPage(widthPx, heightPx, sprites) {
      pages.push({ widthPx, heightPx, sprites: [...sprites] });
      const alpha = new Uint8Array(widthPx * heightPx);
      for (const sprite of sprites) {
        for (let y = sprite.y; y < sprite.y + sprite.heightPx; y += 1) alpha.fill(255, y * widthPx + sprite.x, y * widthPx + sprite.x + sprite.widthPx);
      }
      return alpha;
    },
  };
}
