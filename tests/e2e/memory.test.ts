/**
 * Memory across hall jumps (issue 11): 50 jumps between two halls through the floor plan's hall
 * buttons, as a visitor makes them, leave the page's JS heap (after a full garbage collection)
 * within 4 MB of where it stood after the first jump, and the renderer's geometries, textures and
 * programs at their counts after the first jump; on the default expo and on a 20k-exhibit stress
 * scene. Under reduced motion every journey is a cut, so 50 jumps take seconds, not minutes of
 * walking; what a jump builds and drops (place, address, plan, panel, culling) is the same.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RendererResources } from '../../src/app/ExpoDebugHandle';
import { buildStressScene } from '../../scripts/stress/buildStressScene';
import { useBrowserSession } from './browserSession';
import { heapAfterGc, openWatchedPage, readExpoStats, readRendererResources, waitForExpoReady, waitForFramesIdle, waitForModelsSettled } from './chromium';
import { expoAddress } from './expoAddress';
import { waitForVisitorSettled } from './visitorReadings';

const session = useBrowserSession();

const JUMPS = 50;
const HEAP_SLACK_BYTES = 4 * 1024 * 1024;
const MB = 1024 * 1024;

interface Reading {
  heapBytes: number;
  resources: RendererResources;
}

/** Opens the expo at `scene` (the default when undefined), ready to jump: motion reduced, the plan open, every model in. */
async function openForJumps(page: Page, scene?: string): Promise<void> {
  await page.goto(expoAddress(session.baseUrl, { scene }));
  await waitForExpoReady(page, 120_000);
  await waitForModelsSettled(page, 120_000);
  await page.getByLabel('Reduce motion').check();
  // A fixed level: under auto, a slow software frame could step the level down mid-test and change what is drawn.
  await page.getByLabel('Quality').selectOption('medium');
  const plan = page.getByRole('region', { name: 'Floor plan' });
  const toggle = plan.getByRole('button', { name: 'Floor plan' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await waitForVisitorSettled(page);
  await waitForFramesIdle(page);
}

/** Jumps to a hall with the plan's hall button and waits until the visitor is there and the view drawn. */
async function jumpTo(page: Page, hallId: string, hallButton: string): Promise<void> {
  const frames = (await readExpoStats(page)).frames;
  await page.getByRole('region', { name: 'Floor plan' }).getByRole('group', { name: 'Halls' }).getByRole('button', { name: hallButton, exact: true }).click();
  await page.waitForFunction((hash) => location.hash === hash, `#/hall/${hallId}`, { timeout: 30_000, polling: 50 });
  await page.waitForFunction((before) => (window.__expoStats?.frames ?? 0) > before, frames, { timeout: 30_000, polling: 50 });
  await waitForVisitorSettled(page);
}

/** The heap after GC and the renderer's counts, once the view has stopped drawing. */
async function read(page: Page, cdp: CDPSession): Promise<Reading> {
  await waitForFramesIdle(page, 300);
  return { heapBytes: await heapAfterGc(cdp), resources: await readRendererResources(page) };
}

/** 50 jumps back and forth between two halls; the readings after the first and after the last. */
async function jumpBackAndForth(page: Page, halls: readonly [readonly [string, string], readonly [string, string]]): Promise<{ first: Reading; last: Reading; ms: number }> {
  const cdp = await page.context().newCDPSession(page);
  const started = Date.now();
  let first: Reading | undefined;
  for (let jump = 1; jump <= JUMPS; jump += 1) {
    const [hallId, button] = halls[jump % 2] ?? halls[0];
    await jumpTo(page, hallId, button);
    if (jump === 1) first = await read(page, cdp);
  }
  const last = await read(page, cdp);
  await cdp.detach();
  if (!first) throw new Error('no first jump');
  return { first, last, ms: Date.now() - started };
}

function report(name: string, { first, last, ms }: { first: Reading; last: Reading; ms: number }): void {
  const counts = (resources: RendererResources): string => `${resources.geometries}/${resources.textures}/${resources.programs}`;
  console.info(
    `${name}: ${JUMPS} hall jumps in ${(ms / 1000).toFixed(1)} s; JS heap after GC ${(first.heapBytes / MB).toFixed(2)} MB after the first, ` +
      `${(last.heapBytes / MB).toFixed(2)} MB after the last (${((last.heapBytes - first.heapBytes) / MB).toFixed(2)} MB); ` +
      `geometries/textures/programs ${counts(first.resources)} → ${counts(last.resources)}`,
  );
}

/** The two scenes of the issue: the default expo, and a 20k-exhibit stress scene served as a file of this site. */
const SCENES = [
  { name: 'the default expo', file: undefined, halls: [['hall-1', 'Hall 1'], ['hall-2', 'Hall 2']], timeoutMs: 150_000 },
  { name: 'a 20k-exhibit stress scene', file: 'scenes/stress-20k.json', halls: [['hall-1', 'Hall 1'], ['hall-4', 'Hall 4']], timeoutMs: 240_000 },
] as const;

describe('memory across hall jumps', () => {
  for (const scene of SCENES) {
    it(`stays flat over 50 jumps on ${scene.name}`, async () => {
      const { page, pageErrors, context } = await openWatchedPage(session.browser);
      if (scene.file) {
        const body = JSON.stringify(buildStressScene({ exhibits: 20_000, models: 100, seed: 1 }));
        await page.route(`${session.baseUrl}${scene.file}`, (route) => route.fulfill({ body, contentType: 'application/json' }));
      }
      await openForJumps(page, scene.file);
      const result = await jumpBackAndForth(page, scene.halls);
      report(scene.name, result);
      expect(Math.abs(result.last.heapBytes - result.first.heapBytes)).toBeLessThanOrEqual(HEAP_SLACK_BYTES);
      expect(result.last.resources).toEqual(result.first.resources);
      expect(result.first.resources.geometries).toBeGreaterThan(0);
      expect(pageErrors).toEqual([]);
      await context.close();
    }, scene.timeoutMs);
  }
});
