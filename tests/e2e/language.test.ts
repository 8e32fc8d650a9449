/**
 * The label language as a visitor meets it: the switch turns the whole page, the 3D signs
 * included, to Chinese at once; `<html lang>` follows; the choice survives a reload with dates and
 * counts written the Chinese way; a stored value that is not a language, or storage that is
 * blocked, leaves the visitor with their browser's preference (en-US in these contexts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import { openWatchedPage, waitForExpoReady, waitForFramesIdle, waitForModelsSettled } from './chromium';
import { expoAddress } from './expoAddress';
import { decodePng, type DecodedImage } from './png';
import { expoTitle, minimalDocument } from './sceneFiles';

const session = useBrowserSession();

const DEFAULT_SCENE = 'scenes/mianyang-2023.json';
/** A deep link (hall 1 of either scene): the visitor lands facing its signs, straight into the hall. */
const HALL_1 = '#/hall/hall-1';
const STORAGE_KEY = 'cloud-expo.language';

const documentLang = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.lang);
const title = (page: Page): Promise<string | null> => page.locator('h1.expo-title').textContent();

/** The 3D view as pixels, once nothing is drawn any more (models in, labels rebuilt). */
async function viewPixels(page: Page): Promise<DecodedImage> {
  await waitForFramesIdle(page);
  return decodePng(await page.locator('canvas').screenshot());
}

/** Pixels whose colour differs by more than a small tolerance on any channel. */
function changedPixels(a: DecodedImage, b: DecodedImage): number {
  expect([b.width, b.height]).toEqual([a.width, a.height]);
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) > 24) {
        changed++;
        break;
      }
    }
  }
  return changed;
}

async function serveMinimalScene(page: Page): Promise<string> {
  await page.route(`${session.baseUrl}scenes/language.json`, (route) =>
    route.fulfill({ body: JSON.stringify(minimalDocument()), contentType: 'application/json; charset=utf-8' }),
  );
  return 'scenes/language.json';
}

describe('the label language', () => {
  it('switches everything to Chinese at once and keeps it across a reload', async () => {
    const { page, context, pageErrors, consoleErrors } = await openWatchedPage(session.browser);
    await page.goto(expoAddress(session.baseUrl, { hash: HALL_1 }));
    await waitForExpoReady(page);
    await waitForModelsSettled(page);
    expect(await documentLang(page)).toBe('en');
    expect(await title(page)).toBe(expoTitle(DEFAULT_SCENE, 'en'));
    expect(await page.locator('.expo-dates').textContent()).toBe('November 22 – 26, 2023');
    const english = await viewPixels(page);

    await page.getByRole('button', { name: 'Switch labels to Chinese' }).click();
    expect(await documentLang(page)).toBe('zh-CN');
    expect(await title(page)).toBe('第十一届中国（绵阳）科技城国际科技博览会');
    expect(await page.locator('.expo-dates').textContent()).toBe('2023年11月22日至26日');
    // Panels, toolbar, floor plan and the "you are here" line, without a reload.
    await page.getByRole('toolbar', { name: '导航' }).getByRole('button', { name: '展位列表' }).waitFor({ timeout: 5_000 });
    await page.getByRole('region', { name: '平面图' }).waitFor({ timeout: 5_000 });
    await expect.poll(() => page.locator('.place-status').textContent()).toMatch(/^当前位置：1号馆/);
    // The 3D signs are drawn again in Chinese: the view changes, and comes back with English.
    const chinese = await viewPixels(page);
    const changedByChinese = changedPixels(english, chinese);
    console.info(`3D view pixels changed by the switch to Chinese: ${changedByChinese} of ${english.width * english.height}`);
    expect(changedByChinese).toBeGreaterThan(500);

    await page.reload();
    await waitForExpoReady(page);
    expect(await documentLang(page)).toBe('zh-CN');
    expect(await title(page)).toBe('第十一届中国（绵阳）科技城国际科技博览会');
    expect(await page.locator('.expo-dates').textContent()).toBe('2023年11月22日至26日');
    expect(await page.locator('.expo-counts li').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^\d{1,3}(,\d{3})* 件展品$/)]));
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('{"state":{"language":"zh"},"version":1}');

    await page.getByRole('button', { name: '切换为英文标签' }).click();
    expect(await documentLang(page)).toBe('en');
    expect(await title(page)).toBe(expoTitle(DEFAULT_SCENE, 'en'));
    await waitForModelsSettled(page);
    const back = await viewPixels(page);
    const changedBack = changedPixels(english, back);
    console.info(`3D view pixels differing from the first English view after switching back: ${changedBack}`);
    expect(changedBack).toBeLessThan(changedByChinese / 4);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('ignores a stored value that is not a language and follows the browser preference', async () => {
    const { page, context, pageErrors } = await openWatchedPage(session.browser);
    await page.addInitScript((key) => {
      localStorage.setItem(key, '{"state":{"language":"<img src=x onerror=alert(1)>","setLanguage":null},"version":1}');
    }, STORAGE_KEY);
    await page.goto(expoAddress(session.baseUrl, { scene: await serveMinimalScene(page), hash: HALL_1 }));
    await waitForExpoReady(page);
    expect(await documentLang(page)).toBe('en');
    expect(await title(page)).toBe('Test Expo');
    await page.getByRole('button', { name: 'Switch labels to Chinese' }).click();
    expect(await title(page)).toBe('测试博览会');
    expect(await documentLang(page)).toBe('zh-CN');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('still switches when the page may not use storage at all', async () => {
    const { page, context, pageErrors } = await openWatchedPage(session.browser);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(expoAddress(session.baseUrl, { scene: await serveMinimalScene(page), hash: HALL_1 }));
    await waitForExpoReady(page);
    expect(await documentLang(page)).toBe('en');
    await page.getByRole('button', { name: 'Switch labels to Chinese' }).click();
    expect(await title(page)).toBe('测试博览会');
    expect(await documentLang(page)).toBe('zh-CN');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
