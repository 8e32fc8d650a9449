/**
 * The renderer in a real browser, on the default expo: draw-call and triangle budgets read from the
 * renderer's own counters at poses through the default hall, no frames while idle, picking and
 * hover with the mouse, the exhibit panel, and the quality menu.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import { openWatchedPage, readExpoStats, waitForExpoReady, waitForModelsSettled } from './chromium';
import { expoAddress } from './expoAddress';
import { readLayout } from './sceneFiles';
import { EYE_HEIGHT_M } from '../../src/navigation/cameraPose';

const DEFAULT_SCENE = 'scenes/mianyang-2023.json';
const DRAW_CALL_BUDGET = 150;
const TRIANGLE_BUDGET = 400_000;

const session = useBrowserSession();

type Vec3 = [number, number, number];

/** Moves the camera and waits for the frame it asks for; returns that frame's counters. */
async function poseAndRender(page: Page, position: Vec3, target: Vec3) {
  const before = (await readExpoStats(page)).frames;
  await page.evaluate(([p, t]) => window.__expoDebug?.setPose(p, t), [position, target] as const);
  await page.waitForFunction((frames) => (window.__expoStats?.frames ?? 0) > frames, before, { timeout: 30_000 });
  return readExpoStats(page);
}

/** Poses through the default hall: its entrance at eye height, along its length, and from above. */
function defaultHallPoses(): [Vec3, Vec3][] {
  const { scene } = readLayout(DEFAULT_SCENE);
  const hall = scene.halls.find((one) => one.id === scene.expo.defaultHall) ?? scene.halls[0];
  if (!hall) throw new Error('the default expo has no hall');
  const [x, z] = hall.positionM;
  const { width, depth } = hall.sizeM;
  const eye = EYE_HEIGHT_M;
  return [
    [[x + width / 2, eye, z + depth - 2], [x + width / 2, eye, z]],
    [[x + 3, eye, z + depth / 2], [x + width, eye, z + depth / 2]],
    [[x + width / 2, eye, z + depth / 2], [x + width, eye, z + depth]],
    [[x + width - 3, eye, z + 3], [x, eye, z + depth]],
    [[x + width / 2, 60, z + depth + 40], [x + width / 2, 0, z + depth / 2]],
  ];
}

describe('renderer on the default expo', () => {
  it('stays within 150 draw calls and 400k triangles at every pose, and draws nothing while idle', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser);
    await page.goto(expoAddress(session.baseUrl));
    await waitForExpoReady(page);
    const start = await waitForModelsSettled(page);
    // Every zone sign, door sign and booth fascia is in the text atlas (13 zones + 10 doors + 263 booths).
    const { scene } = readLayout(DEFAULT_SCENE);
    const zones = scene.halls.reduce((sum, hall) => sum + hall.zones.length, 0);
    const doors = scene.halls.reduce((sum, hall) => sum + hall.doors.length, 0);
    await page.waitForFunction((expected) => window.__expoStats?.labelsShown === expected, zones + doors + readLayout(DEFAULT_SCENE).booths.length, { timeout: 30_000 });
    expect(start.labelsDropped).toBe(0);
    const frames = [start];
    for (const [position, target] of defaultHallPoses()) frames.push(await poseAndRender(page, position, target));
    for (const stats of frames) {
      expect(stats.calls).toBeGreaterThan(0);
      expect(stats.calls).toBeLessThanOrEqual(DRAW_CALL_BUDGET);
      expect(stats.triangles).toBeLessThanOrEqual(TRIANGLE_BUDGET);
      expect(stats.cpuMs).toBeGreaterThanOrEqual(stats.cullMs);
    }
    console.info(`default expo: draw calls ${frames.map((stats) => stats.calls).join('/')}, triangles ${frames.map((stats) => stats.triangles).join('/')}`);
    // Idle: nothing moves, so no frame is drawn for a second.
    const idle = (await readExpoStats(page)).frames;
    await page.waitForTimeout(1000);
    expect((await readExpoStats(page)).frames).toBe(idle);
    expect(await page.evaluate(() => window.__expoDebug?.countObjects() ?? 0)).toBeLessThan(200);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('outlines the exhibit under the mouse and opens its panel on a click; Escape closes it', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser);
    await page.goto(expoAddress(session.baseUrl));
    await waitForExpoReady(page);
    await waitForModelsSettled(page);
    const layout = readLayout(DEFAULT_SCENE);
    const placed = layout.exhibits.find((one) => one.exhibit.id.includes('jiuzhang')) ?? layout.exhibits[0];
    if (!placed) throw new Error('no exhibit');
    const id = placed.exhibit.id;
    const centre = await page.evaluate((exhibitId) => window.__expoDebug?.exhibitCentre(exhibitId) ?? null, id);
    if (!centre) throw new Error(`no centre for ${id}`);
    // From above and in front, over the booth walls.
    await poseAndRender(page, [centre[0], centre[1] + 5, centre[2] + 4], centre);
    const point = await page.evaluate((exhibitId) => window.__expoDebug?.exhibitScreenPoint(exhibitId) ?? null, id);
    if (!point) throw new Error(`${id} is not on screen`);
    const canvas = page.locator('canvas');
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('canvas')?.style.cursor === 'pointer', undefined, { timeout: 10_000 });
    await page.mouse.click(point.x, point.y);
    const panel = page.locator('.exhibit-panel');
    await panel.waitFor({ timeout: 10_000 });
    expect(await panel.getAttribute('data-exhibit-id')).toBe(id);
    expect(await panel.locator('h2').innerText()).toBe(placed.exhibit.title.en ?? placed.exhibit.title.zh);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached', timeout: 10_000 });
    // A click on empty floor selects nothing; a drag is not a click.
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(point.x, point.y);
    await page.mouse.down();
    await page.mouse.move(point.x + 60, point.y + 10, { steps: 5 });
    await page.mouse.up();
    expect(await panel.count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('offers a quality menu whose lower levels draw less, and remembers the choice', async () => {
    const { page, context } = await openWatchedPage(session.browser);
    await page.goto(expoAddress(session.baseUrl));
    await waitForExpoReady(page);
    await waitForModelsSettled(page);
    const [position, target] = defaultHallPoses()[2] ?? [[0, 0, 0], [1, 0, 0]];
    const select = page.getByLabel('Quality');
    await select.selectOption('high');
    const high = await poseAndRender(page, position, target);
    await select.selectOption('low');
    const low = await poseAndRender(page, [position[0] + 0.01, position[1], position[2]], target);
    expect(low.triangles).toBeLessThan(high.triangles);
    await page.reload();
    await waitForExpoReady(page);
    expect(await page.getByLabel('Quality').inputValue()).toBe('low');
    await context.close();
  });
});
