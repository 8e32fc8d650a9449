/**
 * The first view of the expo (issue 12): the default hall seen from just inside its entrance, a
 * zone sign whole in the picture, readable, and clear of the interface (the header and the
 * toolbar at the top, the floor plan, the place line and the tour button at the bottom). Before,
 * the view looked straight in at an island booth's name board 5 m away, cut off behind the
 * toolbar, and no zone sign was in the picture at all.
 *
 * The signs' boxes come from the renderer's own placements (`labelPlacements`), projected here
 * with the camera the page reports, so nothing is computed by the viewpoint code under test.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VIEW_FOV_DEG } from '../../src/render/initialView';
import { labelPlacements, type LabelBox } from '../../src/render/labels/labelPlacements';
import { parseScene, rotateOffset } from '../../src/scene';
import { useBrowserSession } from './browserSession';
import { openWatchedPage, readExpoStats, waitForExpoReady, waitForFramesIdle } from './chromium';
import { expoAddress } from './expoAddress';
import { waitForVisitorSettled } from './visitorReadings';

const session = useBrowserSession();

interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What covers the view: the header, the toolbar, and every visible control or notice over the canvas. */
async function interfaceBoxes(page: Page): Promise<(ScreenBox & { name: string })[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    return [...document.querySelectorAll('header, .navigation-bar, button, [role="status"], [role="alert"], select, input')]
      .filter((element) => element !== canvas && !canvas?.contains(element))
      .map((element) => ({ element, rect: element.getBoundingClientRect(), style: getComputedStyle(element) }))
      .filter(({ rect, style }) => rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.display !== 'none')
      .map(({ element, rect }) => ({ name: `${element.tagName.toLowerCase()}.${element.className}`, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }));
  });
}

/** The board's screen box (CSS px), or null when any corner is behind the eye or off the canvas. */
function projectBoard(board: LabelBox, eye: readonly [number, number, number], yawRad: number, pitchRad: number, canvas: ScreenBox): ScreenBox | null {
  const width = canvas.right - canvas.left;
  const height = canvas.bottom - canvas.top;
  const tanV = Math.tan((VIEW_FOV_DEG * Math.PI) / 360);
  const forward = [-Math.sin(yawRad) * Math.cos(pitchRad), Math.sin(pitchRad), -Math.cos(yawRad) * Math.cos(pitchRad)];
  const right = [Math.cos(yawRad), 0, -Math.sin(yawRad)];
  const up = [Math.sin(yawRad) * Math.sin(pitchRad), Math.cos(pitchRad), Math.cos(yawRad) * Math.sin(pitchRad)];
  const box: ScreenBox = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      const [dx, dz] = rotateOffset((sx * board.sizeXM) / 2, 0, board.yawRad);
      const v = [board.xM + dx - eye[0], board.yM + (sy * board.sizeYM) / 2 - eye[1], board.zM + dz - eye[2]];
      const dot = (axis: number[]): number => (axis[0] ?? 0) * (v[0] ?? 0) + (axis[1] ?? 0) * (v[1] ?? 0) + (axis[2] ?? 0) * (v[2] ?? 0);
      const depth = dot(forward);
      if (depth <= 0) return null;
      const x = canvas.left + ((dot(right) / (depth * tanV * (width / height)) + 1) / 2) * width;
      const y = canvas.top + ((1 - dot(up) / (depth * tanV)) / 2) * height;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  const inside = box.left >= canvas.left && box.right <= canvas.right && box.top >= canvas.top && box.bottom <= canvas.bottom;
  return inside ? box : null;
}

function overlaps(a: ScreenBox, b: ScreenBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('the first view of the expo', () => {
  it('shows a zone sign of the default hall whole, readable and clear of the interface', async () => {
    const { page, pageErrors } = await openWatchedPage(session.browser);
    await page.goto(expoAddress(session.baseUrl));
    await waitForExpoReady(page);
    const reading = await waitForVisitorSettled(page);
    await waitForFramesIdle(page);
    // Canary: the renderer really drew the hall.
    expect((await readExpoStats(page)).calls).toBeGreaterThan(0);

    const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
    if (!layout) throw new Error('the default scene does not lay out');
    const hallIndex = layout.scene.halls.findIndex((hall) => hall.id === layout.scene.expo.defaultHall);
    const zoneSigns = labelPlacements(layout, 'en').filter((placement) => placement.kind === 'zone' && placement.hallIndex === hallIndex);
    expect(zoneSigns.length).toBeGreaterThan(0);

    const canvasRect = await page.locator('canvas').boundingBox();
    if (!canvasRect) throw new Error('no canvas');
    const canvas = { left: canvasRect.x, top: canvasRect.y, right: canvasRect.x + canvasRect.width, bottom: canvasRect.y + canvasRect.height };
    const covers = await interfaceBoxes(page);
    expect(covers.some((cover) => cover.name.startsWith('header'))).toBe(true);

    const shown = zoneSigns
      .map((sign) => ({ id: sign.id, box: projectBoard(sign.board, reading.camera, reading.cameraYawRad, reading.pitchRad, canvas) }))
      .filter((sign): sign is { id: string; box: ScreenBox } => sign.box !== null);
    // At least one zone sign is whole in the picture…
    expect(shown.map((sign) => sign.id).length).toBeGreaterThan(0);
    for (const { id, box } of shown) {
      // …under no part of the interface…
      expect([id, covers.filter((cover) => overlaps(box, cover)).map((cover) => cover.name)]).toEqual([id, []]);
      // …and readable: its letters (half the board's height) at least 10 px tall.
      expect((box.bottom - box.top) / 2).toBeGreaterThan(10);
    }
    expect(pageErrors).toEqual([]);
  });
});
