/**
 * The page on a tablet (issue 12, item 7): a pinch anywhere on the interface (the header, the
 * toolbar, a panel) must not zoom the whole page, which left visitors at 5× with no way back;
 * pinches on the view and the floor plan are the app's own gestures.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import { waitForExpoReady } from './chromium';
import { expoAddress } from './expoAddress';

const session = useBrowserSession();

/** Two fingers spread from the middle of `box`, in steps, as a visitor zooms. */
async function spreadTwoFingers(client: CDPSession, box: { x: number; y: number; width: number; height: number }): Promise<void> {
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x - 8, y, id: 1 }, { x: x + 8, y, id: 2 }] });
  for (let step = 1; step <= 8; step += 1) {
    await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x - 8 - step * 12, y, id: 1 }, { x: x + 8 + step * 12, y, id: 2 }] });
  }
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

function pageScale(page: Page): Promise<number> {
  return page.evaluate(() => window.visualViewport?.scale ?? 1);
}

describe('on a tablet', () => {
  it('a pinch on the header, the toolbar or a panel does not zoom the page', async () => {
    // isMobile: the browser zooms pages as a tablet's does (the viewport meta tag applies).
    const context = await session.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'en-US', deviceScaleFactor: 1, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(expoAddress(session.baseUrl, { hash: '#/exhibit/fast-china-sky-eye' }));
    await waitForExpoReady(page);
    await page.getByRole('complementary', { name: 'Selected exhibit' }).waitFor({ timeout: 30_000 });
    const client = await context.newCDPSession(page);
    const targets = {
      header: page.getByRole('banner'),
      toolbar: page.getByRole('toolbar').first(),
      panel: page.getByRole('complementary', { name: 'Selected exhibit' }),
    };
    for (const [name, target] of Object.entries(targets)) {
      const box = await target.boundingBox();
      if (!box) throw new Error(`no ${name}`);
      await spreadTwoFingers(client, box);
      await page.waitForTimeout(200);
      expect(await pageScale(page), name).toBe(1);
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
