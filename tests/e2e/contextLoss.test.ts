/**
 * The 3D view survives WebGL context loss (issue 11), as a tablet loses it after a rotation or
 * under memory pressure: lost and restored ten times through `WEBGL_lose_context`. Each time a
 * notice says what happened while the view is gone; after the restore a frame is drawn without
 * any input and shows the halls; the renderer holds the same geometries, textures and programs as
 * before the loss; and the visitor's place, the open exhibit panel and the chosen quality are kept.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import type { RendererResources } from '../../src/app/ExpoDebugHandle';
import { openWatchedPage, readExpoStats, readRendererResources, waitForExpoReady, waitForFramesIdle, waitForModelsSettled } from './chromium';
import { expoAddress } from './expoAddress';
import { countColors, decodePng } from './png';
import { readVisitor, waitForVisitorSettled } from './visitorReadings';

const session = useBrowserSession();

const LOSSES = 10;
const EXHIBIT_ID = 'fast-china-sky-eye';
const NOTICE_TEXT = 'The 3D view was interrupted by the device; restoring…';
/** A frame of the halls has thousands of colours (7,660 here); a lost canvas about 50, Chromium's sad-canvas icon. */
const DRAWN_COLOURS = 1000;
const BLANK_COLOURS = 200;
/** The interface over the view, hidden for a picture of the canvas alone. */
const CANVAS_ONLY = '.stage > :not(:has(canvas)) { visibility: hidden !important; }';

/** The page keeps the extension between loss and restore: a lost context hands out no extensions. */
interface LossHost {
  __loseContext?: WEBGL_lose_context;
}

/** Loses the view's context: `getContext('webgl2')` returns the renderer's own context. */
function loseContext(page: Page): Promise<void> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const extension = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
    if (!extension) throw new Error('no WEBGL_lose_context');
    (window as LossHost).__loseContext = extension;
    extension.loseContext();
  });
}

/**
 * Restores the context and waits, with no input, for the next frame the app draws; returns the
 * milliseconds from `restoreContext()` to the end of that frame's animation frame.
 */
function restoreAndTimeFirstFrame(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const extension = (window as LossHost).__loseContext;
        const stats = window.__expoStats;
        if (!extension || !stats) return reject(new Error('nothing to restore'));
        const framesBefore = stats.frames;
        const started = performance.now();
        extension.restoreContext();
        const check = (): void => {
          if (stats.frames > framesBefore) resolve(performance.now() - started);
          else if (performance.now() - started > 30_000) reject(new Error('no frame drawn within 30 s of the restore'));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

async function canvasColours(page: Page): Promise<number> {
  return countColors(decodePng(await page.locator('canvas').screenshot({ style: CANVAS_ONLY })));
}

describe('WebGL context loss', () => {
  it('shows a notice while lost, and after each of ten restores draws the same view at once with the same resources, place, panel and quality', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser);
    // A quality other than the default (auto), so that a reset would show; chosen, then the page
    // opened afresh on it at an exhibit, whose panel opens on arrival.
    await page.goto(expoAddress(session.baseUrl));
    await waitForExpoReady(page);
    await page.getByLabel('Quality').selectOption('low');
    await page.goto(expoAddress(session.baseUrl, { hash: `#/exhibit/${EXHIBIT_ID}` }));
    await waitForExpoReady(page);
    await waitForModelsSettled(page);
    const panel = page.getByRole('complementary', { name: 'Selected exhibit' });
    await expect.poll(() => panel.getAttribute('data-exhibit-id'), { timeout: 30_000 }).toBe(EXHIBIT_ID);
    const quality = page.getByLabel('Quality');
    expect(await quality.inputValue()).toBe('low');
    await waitForVisitorSettled(page);
    await waitForFramesIdle(page);
    const notice = page.getByRole('status').filter({ hasText: NOTICE_TEXT });
    const firstFrameMs: number[] = [];
    const before: RendererResources[] = [];
    const after: RendererResources[] = [];

    for (let loss = 1; loss <= LOSSES; loss += 1) {
      const place = await readVisitor(page);
      before.push(await readRendererResources(page));
      await loseContext(page);
      await notice.waitFor({ timeout: 10_000 });
      const framesWhileLost = (await readExpoStats(page)).frames;
      // The picture check below can tell: a lost canvas is blank (but for Chromium's small sad-canvas icon).
      expect(await canvasColours(page), `loss ${loss}: the lost canvas`).toBeLessThan(BLANK_COLOURS);

      firstFrameMs.push(await restoreAndTimeFirstFrame(page));
      expect((await readExpoStats(page)).frames).toBeGreaterThan(framesWhileLost);
      await notice.waitFor({ state: 'detached', timeout: 10_000 });
      await waitForFramesIdle(page);
      expect(await canvasColours(page), `loss ${loss}: the restored view`).toBeGreaterThan(DRAWN_COLOURS);
      after.push(await readRendererResources(page));
      const placeAfter = await readVisitor(page);
      expect(placeAfter.camera, `loss ${loss}: the camera`).toEqual(place.camera);
      expect([placeAfter.xM, placeAfter.zM, placeAfter.yawRad, placeAfter.pitchRad, placeAfter.mode]).toEqual([place.xM, place.zM, place.yawRad, place.pitchRad, place.mode]);
      expect(await panel.getAttribute('data-exhibit-id'), `loss ${loss}: the panel`).toBe(EXHIBIT_ID);
      expect(await quality.inputValue(), `loss ${loss}: the quality`).toBe('low');
    }

    const sorted = [...firstFrameMs].sort((a, b) => a - b);
    const counts = (resources: RendererResources): string => `${resources.geometries}/${resources.textures}/${resources.programs}`;
    console.info(
      `context loss: ${LOSSES} restores, first frame after ${sorted.map((ms) => ms.toFixed(0)).join('/')} ms (sorted); ` +
        `geometries/textures/programs before each loss ${before.map(counts).join(', ')}; after each restore ${after.map(counts).join(', ')}`,
    );
    // The first loss: three uploads again only what it draws, so what was uploaded for earlier
    // frames and is not drawn now (placeholder boxes and levels shown while the models streamed
    // in, textures of the entrance view that this one does not show) is not uploaded again;
    // programs come back as they were.
    const [firstBefore, firstAfter] = [before[0], after[0]];
    expect(firstAfter?.geometries).toBeGreaterThan(0);
    expect(firstAfter?.geometries).toBeLessThanOrEqual(firstBefore?.geometries ?? 0);
    expect(firstAfter?.textures).toBeGreaterThan(0);
    expect(firstAfter?.textures).toBeLessThanOrEqual(firstBefore?.textures ?? 0);
    expect(firstAfter?.programs).toBe(firstBefore?.programs);
    // Every later loss: the renderer holds exactly what it held before it; nothing grows.
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after.map(counts)).toEqual(after.map(() => counts(firstAfter ?? { geometries: 0, textures: 0, programs: 0 })));

    // The notice speaks the label language.
    await page.getByRole('button', { name: 'Switch labels to Chinese' }).click();
    await loseContext(page);
    await page.getByRole('status').filter({ hasText: '三维视图被设备中断，正在恢复…' }).waitFor({ timeout: 10_000 });
    await restoreAndTimeFirstFrame(page);
    await page.getByTestId('context-lost-notice').waitFor({ state: 'detached', timeout: 10_000 });
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 240_000);

  it('offers a reload when the device does not give the view back, and the reload lands at the same place', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser);
    await page.goto(expoAddress(session.baseUrl, { hash: `#/exhibit/${EXHIBIT_ID}` }));
    await waitForExpoReady(page);
    const panel = page.getByRole('complementary', { name: 'Selected exhibit' });
    await expect.poll(() => panel.getAttribute('data-exhibit-id'), { timeout: 30_000 }).toBe(EXHIBIT_ID);
    await loseContext(page);
    await page.getByRole('status').filter({ hasText: NOTICE_TEXT }).waitFor({ timeout: 10_000 });
    // Never restored: after a while the notice says so and offers the one thing that helps.
    const reload = page.getByRole('button', { name: 'Reload the page' });
    await reload.waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('context-lost-notice').innerText()).toContain('has not given the 3D view back');
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await waitForExpoReady(page);
    expect(new URL(page.url()).hash).toBe(`#/exhibit/${EXHIBIT_ID}`);
    await expect.poll(() => panel.getAttribute('data-exhibit-id'), { timeout: 30_000 }).toBe(EXHIBIT_ID);
    expect(await page.getByTestId('context-lost-notice').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
