/**
 * The test and bench handles (`window.__expoDebug`, `window.__expoStats`) are published only when
 * the address asks for them with `?debug`: an ordinary visitor's page never has them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import { openWatchedPage, waitForExpoReady } from './chromium';
import { expoAddress } from './expoAddress';
import { minimalDocument } from './sceneFiles';

const session = useBrowserSession();

/** Which handles the page has once its first frame is drawn (the debug handle is set up with the view). */
async function handlesAfterFirstFrame(page: Page): Promise<{ debug: boolean; stats: boolean }> {
  await waitForExpoReady(page);
  // One more frame, so a handle published after the first one would have had its chance.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => ({ debug: '__expoDebug' in window, stats: '__expoStats' in window }));
}

describe('debug handles', () => {
  for (const visitor of [true, false]) {
    it(visitor ? 'are absent from an ordinary visitor’s page' : 'are published when the address has ?debug', async () => {
      const { page, pageErrors, context } = await openWatchedPage(session.browser);
      const text = JSON.stringify(minimalDocument());
      await page.route(`${session.baseUrl}scenes/minimal.json`, (route) => route.fulfill({ body: text, contentType: 'application/json' }));
      await page.goto(expoAddress(session.baseUrl, { scene: 'scenes/minimal.json', visitor }));
      expect(await handlesAfterFirstFrame(page)).toEqual(visitor ? { debug: false, stats: false } : { debug: true, stats: true });
      expect(pageErrors).toEqual([]);
      await context.close();
    });
  }
});
