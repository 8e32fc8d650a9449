/**
 * Writes docs/screenshot.png: the default expo at 1280×720 as a visitor first sees it, for the
 * README. Builds nothing: run `npx vite build` first. Uses the browser-test setup (Debian Chromium
 * with software WebGL, `vite preview` on dist/).
 *
 *   npx vite build && npm run screenshot
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { launchChromium, openWatchedPage, readExpoStats, waitForExpoReady } from '../tests/e2e/chromium';
import { startPreview } from '../tests/e2e/previewServer';

const OUTPUT = resolve('docs/screenshot.png');
const VIEWPORT = { width: 1280, height: 720 };

async function main(): Promise<void> {
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    const { page, pageErrors, consoleErrors } = await openWatchedPage(browser, VIEWPORT);
    await page.goto(server.baseUrl);
    await waitForExpoReady(page, 120_000);
    // The frame is drawn; give the compositor a couple of animation frames to present it.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const png = await page.screenshot({ type: 'png' });
    mkdirSync(dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, png);
    const stats = await readExpoStats(page);
    console.log(`wrote ${OUTPUT} (${png.length} bytes): ${stats.calls} draw calls, ${stats.triangles} triangles`);
    for (const problem of [...pageErrors, ...consoleErrors]) console.warn(`page: ${problem}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
