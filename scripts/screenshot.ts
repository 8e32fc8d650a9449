/**
 * Writes the README's pictures of the default expo at 1280×720, models and labels in:
 * docs/screenshot.png as a visitor first sees it, docs/screenshot-entrance.png at eye height just
 * inside the default hall's entrance, looking in. Builds nothing: run `npx vite build` first. Uses the browser-test setup (Debian Chromium
 * with software WebGL, `vite preview` on dist/).
 *
 *   npx vite build && npm run screenshot
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, openWatchedPage, readExpoStats, waitForExpoReady, waitForModelsSettled } from '../tests/e2e/chromium';
import { startPreview } from '../tests/e2e/previewServer';
import { readLayout } from '../tests/e2e/sceneFiles';
import { defaultHall } from '../src/render/initialView';

const OUTPUT = resolve('docs/screenshot.png');
const ENTRANCE_OUTPUT = resolve('docs/screenshot-entrance.png');
const EYE_HEIGHT_M = 1.6;

type Vec3 = [number, number, number];

/** Just inside the default hall's first entrance from outside, looking across the hall. */
function entrancePose(): [Vec3, Vec3] {
  const { scene } = readLayout('scenes/mianyang-2023.json');
  const hall = defaultHall(scene);
  if (!hall) throw new Error('no hall');
  const [x, z] = hall.positionM;
  const { width, depth } = hall.sizeM;
  const door = hall.doors.find((one) => one.leadsTo === 'outside') ?? hall.doors[0];
  const inset = 3;
  const along = door?.offsetM ?? width / 2;
  switch (door?.wall ?? 'south') {
    case 'north':
      return [[x + along, EYE_HEIGHT_M, z + inset], [x + along, EYE_HEIGHT_M, z + depth]];
    case 'east':
      return [[x + width - inset, EYE_HEIGHT_M, z + along], [x, EYE_HEIGHT_M, z + along]];
    case 'west':
      return [[x + inset, EYE_HEIGHT_M, z + along], [x + width, EYE_HEIGHT_M, z + along]];
    default:
      return [[x + along, EYE_HEIGHT_M, z + depth - inset], [x + along, EYE_HEIGHT_M, z]];
  }
}

async function presented(page: Page): Promise<void> {
  // The frame is drawn; give the compositor a couple of animation frames to present it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
const VIEWPORT = { width: 1280, height: 720 };

async function main(): Promise<void> {
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    const { page, pageErrors, consoleErrors } = await openWatchedPage(browser, VIEWPORT);
    await page.goto(server.baseUrl);
    await waitForExpoReady(page, 120_000);
    await waitForModelsSettled(page, 120_000);
    await page.waitForFunction(() => (window.__expoStats?.labelsShown ?? 0) > 0, undefined, { timeout: 60_000 });
    mkdirSync(dirname(OUTPUT), { recursive: true });
    for (const [output, pose] of [[OUTPUT, undefined], [ENTRANCE_OUTPUT, entrancePose()]] as const) {
      if (pose) {
        const frames = (await readExpoStats(page)).frames;
        await page.evaluate(([position, target]) => window.__expoDebug?.setPose(position, target), pose);
        await page.waitForFunction((before) => (window.__expoStats?.frames ?? 0) > before, frames);
      }
      await presented(page);
      const png = await page.screenshot({ type: 'png' });
      writeFileSync(output, png);
      const stats = await readExpoStats(page);
      console.log(`wrote ${output} (${png.length} bytes): ${stats.calls} draw calls, ${stats.triangles} triangles`);
    }
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
