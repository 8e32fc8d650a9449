/**
 * The 10k-exhibit stress scene (100 models × 3 levels, from the stress generator) in a real
 * browser, along the renderer bench's camera path: at every pose at most 150 draw calls and 400k
 * triangles, read from the renderer's own counters. The full comparison with other renderers is
 * `npm run bench:render`; this keeps the budgets from regressing in CI.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import { createCameraPath } from '../../bench/cameraPath';
import { buildStressScene } from '../../scripts/stress/buildStressScene';
import { layoutScene, sceneSchema } from '../../src/scene';
import { openWatchedPage, readExpoStats, waitForExpoReady, waitForModelsSettled } from './chromium';
import { expoAddress } from './expoAddress';

const DRAW_CALL_BUDGET = 150;
const TRIANGLE_BUDGET = 400_000;

const session = useBrowserSession();

describe('10k-exhibit stress scene', () => {
  it('stays within 150 draw calls and 400k triangles at every pose of the bench path', async () => {
    const input = buildStressScene({ exhibits: 10_000, models: 100, seed: 1 });
    const poses = createCameraPath(layoutScene(sceneSchema.parse(input)));
    const { page, pageErrors, context } = await openWatchedPage(session.browser);
    await page.route(`${session.baseUrl}scenes/stress-10k.json`, (route) => route.fulfill({ body: JSON.stringify(input), contentType: 'application/json' }));
    await page.goto(expoAddress(session.baseUrl, { scene: 'scenes/stress-10k.json' }));
    await waitForExpoReady(page, 120_000);
    await waitForModelsSettled(page, 120_000);
    const worst = { calls: 0, triangles: 0, pose: '' };
    const cpuMs: number[] = [];
    for (const pose of poses) {
      const before = (await readExpoStats(page)).frames;
      await page.evaluate(([position, target]) => window.__expoDebug?.setPose(position, target), [pose.positionM, pose.targetM] as const);
      await page.waitForFunction((frames) => (window.__expoStats?.frames ?? 0) > frames, before, { timeout: 30_000 });
      const stats = await readExpoStats(page);
      cpuMs.push(stats.cpuMs);
      if (stats.calls > worst.calls) Object.assign(worst, { calls: stats.calls, pose: pose.name });
      worst.triangles = Math.max(worst.triangles, stats.triangles);
      expect(stats.calls, pose.name).toBeLessThanOrEqual(DRAW_CALL_BUDGET);
      expect(stats.triangles, pose.name).toBeLessThanOrEqual(TRIANGLE_BUDGET);
    }
    const medianCpuMs = [...cpuMs].sort((a, b) => a - b)[Math.floor(cpuMs.length / 2)] ?? 0;
    console.info(`stress 10k: ${poses.length} poses, at most ${worst.calls} draw calls (${worst.pose}), ${worst.triangles} triangles, median CPU ${medianCpuMs.toFixed(1)} ms per frame`);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 240_000);
});
