/**
 * Honest loading (issue 12): over a slow network the loading percent (the progress bars' values,
 * on the loading screen and then in the hall) only rises, step by step, to 100; while models still
 * arrive after the halls are shown a polite indicator says so, and it goes when they are all in;
 * and the JavaScript the page loads before its first frame does not grow (issue 12 asks for 250 kB
 * gzipped; see FIRST_FRAME_BUDGET_BYTES).
 */
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import { openWatchedPage, readExpoStats, skipStartScreen, waitForExpoReady } from './chromium';
import { expoAddress } from './expoAddress';
import { readFirstFrameScripts, RECORD_FIRST_FRAME } from './firstFrameScripts';

const session = useBrowserSession();

/**
 * Gzipped JavaScript before the first frame, as a guard against regressions: 378.6 kB today
 * (441.8 kB before the split). Issue 12's target is 250 kB, not met yet: three (142 kB), react-dom
 * (68 kB) and R3F with zustand (56 kB) alone exceed it, so meeting it means drawing the first
 * frame before React loads (docs/performance.md). Lower this figure with every step towards it.
 */
const FIRST_FRAME_BUDGET_BYTES = 385_000;

/**
 * Records, from before the app starts, every value a progress bar shows (`aria-valuenow`, in
 * order, repeats dropped) and what the in-hall indicator says each time it changes, with whether
 * the halls were shown then.
 */
const RECORD_PROGRESS = `(() => {
  const seen = { values: [], labels: [], arrivals: [], arrivalsGone: false };
  window.__loadingSeen = seen;
  const read = () => {
    for (const bar of document.querySelectorAll('[role="progressbar"]')) {
      const value = Number(bar.getAttribute('aria-valuenow'));
      if (seen.values[seen.values.length - 1] !== value) seen.values.push(value);
      const label = bar.getAttribute('aria-label');
      if (!seen.labels.includes(label)) seen.labels.push(label);
    }
    const arrivals = document.querySelector('[data-testid="model-arrivals"]');
    if (arrivals) {
      const text = arrivals.textContent;
      const ready = document.documentElement.dataset.expoReady === '1';
      const last = seen.arrivals[seen.arrivals.length - 1];
      if (!last || last.text !== text) seen.arrivals.push({ text, ready, role: arrivals.getAttribute('role'), live: arrivals.getAttribute('aria-live') });
    } else if (seen.arrivals.length > 0) {
      seen.arrivalsGone = true;
    }
  };
  new MutationObserver(read).observe(document, { subtree: true, childList: true, attributes: true, characterData: true, attributeFilter: ['aria-valuenow'] });
})();`;

interface LoadingSeen {
  values: number[];
  /** Accessible names of the progress bars seen, in order. */
  labels: string[];
  arrivals: { text: string; ready: boolean; role: string | null; live: string | null }[];
  arrivalsGone: boolean;
}

describe('loading the default expo over a slow network', () => {
  it('shows a percent that only rises, in several steps, to 100, and models arriving in the hall until they are all in', async () => {
    const { page, context, pageErrors } = await openWatchedPage(session.browser);
    await context.addInitScript({ content: RECORD_PROGRESS });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // About 1.5 MB/s: the scene file (1 MB) and the model files take a few seconds each.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 1_500_000, uploadThroughput: 500_000 });
    await page.goto(expoAddress(session.baseUrl));
    await waitForExpoReady(page);
    await page.waitForFunction(() => (window as unknown as { __loadingSeen: LoadingSeen }).__loadingSeen.arrivalsGone, undefined, { timeout: 110_000, polling: 100 });
    const seen = await page.evaluate(() => (window as unknown as { __loadingSeen: LoadingSeen }).__loadingSeen);
    const stats = await readExpoStats(page);

    // The loading screen's bar, then the hall's.
    expect(seen.labels).toEqual(['Loading the expo', 'Models still arriving']);
    // Only rising, ending at 100, with several steps between (the scene's bytes when the server
    // gives their length, which the preview server's gzip does not; the model files' bytes and files).
    expect(seen.values).toEqual([...seen.values].sort((a, b) => a - b));
    expect(seen.values.at(-1)).toBe(100);
    expect(seen.values[0]).toBeLessThan(30);
    expect(seen.values.filter((value) => value > 0 && value < 100).length).toBeGreaterThanOrEqual(5);
    // The in-hall indicator: only after the halls were shown, polite, in words with the percent.
    expect(seen.arrivals.length).toBeGreaterThanOrEqual(2);
    expect(seen.arrivals.every((arrival) => arrival.ready && arrival.role === 'status' && arrival.live === 'polite')).toBe(true);
    expect(seen.arrivals[0]?.text).toMatch(/^Loading models \d+ %$/);
    expect(seen.arrivals.at(-1)?.text).toBe('All models loaded');
    // Gone because every model file had settled, not before.
    expect(stats.modelsRequested).toBeGreaterThan(0);
    expect(stats.modelsLoaded + stats.modelsFailed).toBe(stats.modelsRequested);
    expect(await page.locator('[data-testid="model-arrivals"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('speaks Chinese in the hall when the visitor reads Chinese', async () => {
    const context = await session.browser.newContext({ viewport: { width: 640, height: 360 }, locale: 'zh-CN', deviceScaleFactor: 1 });
    await skipStartScreen(context);
    await context.addInitScript(() => {
      try {
        localStorage.setItem('cloud-expo.language', '{"state":{"language":"zh"},"version":1}');
      } catch {
        // No storage: the test then fails on the English text, as it should.
      }
    });
    await context.addInitScript({ content: RECORD_PROGRESS });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 1_500_000, uploadThroughput: 500_000 });
    await page.goto(expoAddress(session.baseUrl));
    await page.waitForFunction(() => (window as unknown as { __loadingSeen: LoadingSeen }).__loadingSeen.arrivals.length > 0, undefined, { timeout: 90_000, polling: 100 });
    const seen = await page.evaluate(() => (window as unknown as { __loadingSeen: LoadingSeen }).__loadingSeen);
    expect(seen.arrivals[0]?.text).toMatch(/^正在加载模型 \d+%$/);
    await context.close();
  });
});

describe('the JavaScript before the first frame', () => {
  it(`stays within ${FIRST_FRAME_BUDGET_BYTES / 1000} kB gzipped, and search, tours, panels, labels and the model loader come after it`, async () => {
    const context = await session.browser.newContext({ viewport: { width: 640, height: 360 }, locale: 'en-US', deviceScaleFactor: 1 });
    await skipStartScreen(context);
    await context.addInitScript({ content: RECORD_FIRST_FRAME });
    const page = await context.newPage();
    await page.goto(expoAddress(session.baseUrl));
    const scripts = await readFirstFrameScripts(page, process.env.EXPO_DIST_DIR ?? 'dist', 3_000);
    const list = (loads: typeof scripts.before) => loads.map((load) => `${load.path} ${(load.gzipBytes / 1000).toFixed(1)} kB`);
    // The lazy parts were really loaded, after the first frame (a renamed chunk would hide here).
    const after = scripts.after.map((load) => load.path).join(' ');
    for (const part of ['ExpoSearchBox', 'FloorPlan', 'ExhibitPanel', 'ExpoLabels', 'createModelFileLoader']) expect(after, list(scripts.after).join('\n')).toContain(part);
    expect(scripts.before.length).toBeGreaterThan(0);
    expect(scripts.gzipBytesBefore, list(scripts.before).join('\n')).toBeLessThanOrEqual(FIRST_FRAME_BUDGET_BYTES);
    await context.close();
  });
});
