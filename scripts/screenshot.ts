/**
 * Writes the README's pictures of the default expo, models and labels in, at 1280×720:
 * docs/screenshot-entrance.png as a visitor first sees it (walking, at eye height just inside the
 * default hall's entrance), docs/screenshot.png the overview of that hall; and
 * docs/screenshot-tablet.png at 1024×768 on a touch screen (the joystick shown); and
 * docs/screenshot-finding.png at 1280×720, a moment into the walk to a search result in the next
 * hall (the route on the floor and on the floor plan); docs/screenshot-start.png, the start screen
 * over the hall as a first-time visitor meets it; docs/screenshot-tour.png, a stop of the headline
 * tour opened by its link (narration and controls); docs/screenshot-panel.png, a headline exhibit's
 * panel with its pictures. Builds nothing:
 * run `npx vite build` first. Uses the browser-test setup (Debian Chromium with software WebGL,
 * `vite preview` on dist/).
 *
 *   npx vite build && npm run screenshot
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, readExpoStats, skipStartScreen, waitForExpoReady, waitForModelsSettled } from '../tests/e2e/chromium';
import { startPreview } from '../tests/e2e/previewServer';
import { expoAddress } from '../tests/e2e/expoAddress';

const OVERVIEW_OUTPUT = resolve('docs/screenshot.png');
const ENTRANCE_OUTPUT = resolve('docs/screenshot-entrance.png');
const TABLET_OUTPUT = resolve('docs/screenshot-tablet.png');
const FINDING_OUTPUT = resolve('docs/screenshot-finding.png');
const START_OUTPUT = resolve('docs/screenshot-start.png');
const TOUR_OUTPUT = resolve('docs/screenshot-tour.png');
const PANEL_OUTPUT = resolve('docs/screenshot-panel.png');
/** The tour stop and the exhibit of those pictures: FAST, the first headline exhibit. */
const TOUR_STOP_LINK = '#/tour/headline-exhibits/2';
const PANEL_LINK = '#/exhibit/fast-china-sky-eye';

/** How far into the walk the finding picture is taken: the visitor has turned onto the route. */
const FINDING_WALK_MS = 1500;

async function presented(page: Page): Promise<void> {
  // The frame is drawn; give the compositor a couple of animation frames to present it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Waits until the visitor stands still (a flight has landed) and the last frame is on screen. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__expoDebug?.visitor()?.busy === false, undefined, { timeout: 60_000, polling: 100 });
  const frames = (await readExpoStats(page)).frames;
  await page.waitForTimeout(300);
  if ((await readExpoStats(page)).frames !== frames) await page.waitForTimeout(1000);
  await presented(page);
}

async function shoot(page: Page, output: string): Promise<void> {
  const png = await page.screenshot({ type: 'png' });
  writeFileSync(output, png);
  const stats = await readExpoStats(page);
  console.log(`wrote ${output} (${png.length} bytes): ${stats.calls} draw calls, ${stats.triangles} triangles`);
}

interface OpenOptions {
  width: number;
  height: number;
  touch: boolean;
  /** A deep link to open at. */
  hash?: string;
  /** Show the start screen, as to a first-time visitor. */
  startScreen?: boolean;
}

async function openExpo(browser: Browser, baseUrl: string, options: OpenOptions): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: options.width, height: options.height }, locale: 'en-US', deviceScaleFactor: 1, hasTouch: options.touch });
  if (!options.startScreen) await skipStartScreen(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(expoAddress(baseUrl, { hash: options.hash }));
  await waitForExpoReady(page, 120_000);
  await waitForModelsSettled(page, 120_000);
  await page.waitForFunction(() => (window.__expoStats?.labelsShown ?? 0) > 0, undefined, { timeout: 60_000 });
  await settled(page);
  return { page, problems, close: () => context.close() };
}

async function main(): Promise<void> {
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    mkdirSync(dirname(OVERVIEW_OUTPUT), { recursive: true });
    const desktop = await openExpo(browser, server.baseUrl, { width: 1280, height: 720, touch: false });
    await shoot(desktop.page, ENTRANCE_OUTPUT);
    await desktop.page.getByRole('button', { name: 'Overview' }).click();
    await settled(desktop.page);
    await shoot(desktop.page, OVERVIEW_OUTPUT);
    await desktop.close();
    const tablet = await openExpo(browser, server.baseUrl, { width: 1024, height: 768, touch: true });
    await shoot(tablet.page, TABLET_OUTPUT);
    await tablet.close();
    const finding = await openExpo(browser, server.baseUrl, { width: 1280, height: 720, touch: false });
    await finding.page.getByRole('searchbox', { name: 'Search' }).fill('Huawei');
    const result = finding.page.getByRole('option', { name: /Huawei/ }).first();
    await result.waitFor({ timeout: 60_000 });
    await result.click();
    await finding.page.waitForFunction(() => (window.__expoDebug?.route()?.length ?? 0) >= 4, undefined, { timeout: 30_000 });
    await finding.page.waitForTimeout(FINDING_WALK_MS);
    await presented(finding.page);
    await shoot(finding.page, FINDING_OUTPUT);
    await finding.close();
    const start = await openExpo(browser, server.baseUrl, { width: 1280, height: 720, touch: false, startScreen: true });
    await shoot(start.page, START_OUTPUT);
    await start.close();
    const tour = await openExpo(browser, server.baseUrl, { width: 1280, height: 720, touch: false, hash: TOUR_STOP_LINK });
    await shoot(tour.page, TOUR_OUTPUT);
    await tour.close();
    const panel = await openExpo(browser, server.baseUrl, { width: 1280, height: 720, touch: false, hash: PANEL_LINK });
    await panel.page.waitForFunction(() => [...document.querySelectorAll('img')].some((image) => image.complete && image.naturalWidth > 0), undefined, { timeout: 30_000 });
    await shoot(panel.page, PANEL_OUTPUT);
    await panel.close();
    for (const problem of [...desktop.problems, ...tablet.problems, ...finding.problems, ...start.problems, ...tour.problems, ...panel.problems]) console.warn(`page: ${problem}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
