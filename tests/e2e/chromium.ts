/**
 * Debian's Chromium with software WebGL (SwiftShader): no browser download, no GPU needed.
 * Without `--enable-unsafe-swiftshader` there is no WebGL at all; the canary test proves it works.
 */
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

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

export async function openWatchedPage(browser: Browser, viewport = TEST_VIEWPORT): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'en-US', deviceScaleFactor: 1 });
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

export interface ExpoStats {
  calls: number;
  triangles: number;
  frames: number;
}

export function readExpoStats(page: Page): Promise<ExpoStats> {
  return page.evaluate(() => {
    const stats = window.__expoStats;
    if (!stats) throw new Error('window.__expoStats is missing');
    return { calls: stats.calls, triangles: stats.triangles, frames: stats.frames };
  });
}
