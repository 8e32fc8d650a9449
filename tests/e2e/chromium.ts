/**
 * Debian's Chromium with software WebGL (SwiftShader): no browser download, no GPU needed.
 * Without `--enable-unsafe-swiftshader` there is no WebGL at all; the canary test proves it works.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type ConsoleMessage, type Page } from 'playwright-core';
import type { RendererResources } from '../../src/app/ExpoDebugHandle';
import type { RenderStats } from '../../src/store/renderStats';
import { ENTERED_STORAGE_KEY } from '../../src/store/startScreenStore';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Software rendering is slow per pixel: tests use a small viewport. */
export const TEST_VIEWPORT = { width: 640, height: 360 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A page with everything a test may want to assert on afterwards. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** `console.error` messages (CSP violations and failed loads land here too). */
  consoleErrors: string[];
  /** Every request the page made, in order. */
  requests: string[];
  /** `status url` of every response with an HTTP error status. */
  failedResponses: string[];
}

/**
 * Makes the context's pages those of a visitor who has already entered the expo in this tab, so
 * they land in the hall without the start screen (tests of the start screen itself leave it out).
 */
export async function skipStartScreen(context: BrowserContext): Promise<void> {
  await context.addInitScript((key: string) => {
    try {
      sessionStorage.setItem(key, '1');
    } catch {
      // about:blank and opaque origins have no storage; they show no expo either.
    }
  }, ENTERED_STORAGE_KEY);
}

export interface WatchedPageOptions {
  /** Show the start screen, as to a first-time visitor (default: skipped, see `skipStartScreen`). */
  startScreen?: boolean;
}

export async function openWatchedPage(browser: Browser, viewport = TEST_VIEWPORT, { startScreen = false }: WatchedPageOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'en-US', deviceScaleFactor: 1 });
  if (!startScreen) await skipStartScreen(context);
  const page = await context.newPage();
  const watched: WatchedPage = { context, page, pageErrors: [], consoleErrors: [], requests: [], failedResponses: [] };
  page.on('pageerror', (error) => watched.pageErrors.push(String(error)));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) watched.failedResponses.push(`${response.status()} ${response.url()}`);
  });
  return watched;
}

/** Waits for the app's first rendered frame of the halls. */
export async function waitForExpoReady(page: Page, timeoutMs = 90_000): Promise<void> {
  await page.waitForSelector('html[data-expo-ready="1"]', { state: 'attached', timeout: timeoutMs });
}

/** The app's renderer counters (`window.__expoStats`), copied out of the page. */
export type ExpoStats = RenderStats;

export function readExpoStats(page: Page): Promise<ExpoStats> {
  return page.evaluate(() => {
    const stats = window.__expoStats;
    if (!stats) throw new Error('window.__expoStats is missing');
    return { ...stats, lodCounts: [...stats.lodCounts] };
  });
}

/**
 * Waits until every model of the scene has loaded or failed and a frame showing all the loaded ones
 * has been drawn, and returns the counters of that frame.
 */
export async function waitForModelsSettled(page: Page, timeoutMs = 90_000): Promise<ExpoStats> {
  await page.waitForFunction(
    () => {
      const stats = window.__expoStats;
      if (!stats || stats.modelsRequested === 0) return false;
      return stats.modelsLoaded + stats.modelsFailed >= stats.modelsRequested && stats.modelsDrawn === stats.modelsLoaded;
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  return readExpoStats(page);
}

/**
 * Lets the page reach its own origin only: every request to another host is aborted and recorded,
 * so a test can assert that nothing (a CDN decoder, a font) tried to leave the machine.
 */
export async function restrictToOrigin(page: Page, baseUrl: string): Promise<string[]> {
  const host = new URL(baseUrl).host;
  const offOrigin: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // blob: and data: addresses never leave the page (the Draco decoder runs in a blob: worker).
    if (url.protocol === 'blob:' || url.protocol === 'data:' || url.host === host) return route.fallback();
    offOrigin.push(url.href);
    return route.abort('blockedbyclient');
  });
  return offOrigin;
}

/** What the renderer holds on the GPU (`window.__expoDebug.rendererResources()`), copied out of the page. */
export function readRendererResources(page: Page): Promise<RendererResources> {
  return page.evaluate(() => {
    const handle = window.__expoDebug;
    if (!handle) throw new Error('window.__expoDebug is missing');
    return handle.rendererResources();
  });
}

/** Waits until no frame has been drawn for `quietMs` (on-demand rendering has settled). */
export async function waitForFramesIdle(page: Page, quietMs = 400, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let frames = (await readExpoStats(page)).frames;
  for (;;) {
    await page.waitForTimeout(quietMs);
    const now = (await readExpoStats(page)).frames;
    if (now === frames) return;
    if (Date.now() > deadline) throw new Error(`frames still being drawn after ${timeoutMs} ms`);
    frames = now;
  }
}

/**
 * The page's JS heap in bytes after a full garbage collection, through the DevTools protocol
 * (steadier than `performance.memory`, which is rounded and sampled): collected twice, since one
 * collection can leave what finalizers released for the next.
 */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
