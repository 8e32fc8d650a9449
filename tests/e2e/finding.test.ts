/**
 * Finding things in the default expo, in Chromium, as a visitor does it: search by keyboard (天眼
 * finds FAST and choosing it walks there), an English typo, a result in another hall reached
 * through the doors, the floor plan (its marker follows the visitor; a click on a booth or a spot
 * travels), Escape and a key stopping a journey, and the same on a touch screen, where the plan
 * keeps clear of the view's centre in portrait and landscape.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import { openWatchedPage, skipStartScreen, waitForExpoReady } from './chromium';
import { expoAddress } from './expoAddress';
import { facing, readVisitor, waitForJourney, waitForVisitorSettled } from './visitorReadings';

const session = useBrowserSession();

/** Room for the header, the search popup and the floor plan, still cheap to draw in software. */
const VIEWPORT = { width: 800, height: 560 };

/** Hall floors of the default expo on the site: halls 1–4 side by side, 120 m wide, doors between them at z = 42 ± 3. */
const HALL_WIDTH_M = 120;
const DOOR_Z = 42;
const DOOR_HALF_WIDTH_M = 3;

async function route(page: Page): Promise<number[] | null> {
  return page.evaluate(() => window.__expoDebug?.route() ?? null);
}

/** Waits for a walked journey's route to appear (the journey has started). */
async function waitForRoute(page: Page): Promise<number[]> {
  await page.waitForFunction(() => (window.__expoDebug?.route()?.length ?? 0) >= 4, undefined, { timeout: 15_000, polling: 20 });
  return (await route(page)) ?? [];
}

async function exhibitCentre(page: Page, id: string): Promise<[number, number, number]> {
  const centre = await page.evaluate((exhibitId) => window.__expoDebug?.exhibitCentre(exhibitId) ?? null, id);
  if (!centre) throw new Error(`${id} is not in the default expo`);
  return centre;
}

/** Where the route crosses the wall line x = `wallX`: the z of the crossing, or undefined. */
function crossingZ(points: readonly number[], wallX: number): number | undefined {
  for (let k = 0; k + 3 < points.length; k += 2) {
    const [x0, z0, x1, z1] = [points[k] ?? 0, points[k + 1] ?? 0, points[k + 2] ?? 0, points[k + 3] ?? 0];
    if ((x0 - wallX) * (x1 - wallX) <= 0 && x0 !== x1) return z0 + ((wallX - x0) / (x1 - x0)) * (z1 - z0);
  }
  return undefined;
}

async function openReady(page: Page, baseUrl: string): Promise<void> {
  await page.goto(expoAddress(baseUrl));
  await waitForExpoReady(page);
  await waitForVisitorSettled(page);
  // The search field comes just after the first frame (a lazy part): wait for it as a visitor sees it.
  await page.getByRole('searchbox', { name: 'Search' }).waitFor({ timeout: 30_000 });
}

describe('finding things', () => {
  it('finds FAST by 天眼 with the keyboard alone and walks there: arrival is its link, facing it, with its panel', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser, VIEWPORT);
    await openReady(page, session.baseUrl);
    // `/` from anywhere focuses the search field.
    await page.keyboard.press('/');
    const field = page.getByRole('searchbox', { name: 'Search' });
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('天眼');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    const fast = listbox.getByRole('option', { name: /China Sky Eye: FAST/ });
    await fast.waitFor({ timeout: 30_000 });
    // Results are grouped by kind, the best exhibit first; furniture (its screen, its plinth) is not listed.
    expect(await listbox.getByRole('group', { name: 'Exhibit' }).getByRole('option').first().innerText()).toContain('China Sky Eye: FAST');
    expect(await listbox.getByRole('option', { name: /About China Sky Eye|information plinth/ }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Search' }).getAttribute('aria-expanded')).toBe('true');
    // ↓ makes the first option active (announced through aria-activedescendant); Enter goes there.
    await page.keyboard.press('ArrowDown');
    const activeId = await field.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`[id="${activeId}"]`).innerText()).toContain('China Sky Eye: FAST');
    await page.keyboard.press('Enter');
    expect(await listbox.isVisible()).toBe(false);
    // The route is on the floor and on the plan while the visitor walks it.
    const walked = await waitForRoute(page);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Walking to' }).innerText()).toContain('China Sky Eye: FAST');
    const arrived = await waitForJourney(page, 60_000);
    await expect.poll(() => new URL(page.url()).hash, { timeout: 10_000 }).toBe('#/exhibit/fast-china-sky-eye');
    const centre = await exhibitCentre(page, 'fast-china-sky-eye');
    expect(facing(arrived, centre[0], centre[2])).toBeGreaterThan(0.95);
    expect(Math.hypot(arrived.xM - (walked.at(-2) ?? NaN), arrived.zM - (walked.at(-1) ?? NaN))).toBeLessThan(0.05);
    const panel = page.getByRole('complementary', { name: 'Selected exhibit' });
    await expect.poll(() => panel.getAttribute('data-exhibit-id')).toBe('fast-china-sky-eye');
    expect(await route(page)).toBeNull();
    // Escape closes only the top layer: the open listbox first, while the panel stays open.
    await page.keyboard.press('/');
    await page.keyboard.type('天眼');
    await fast.waitFor();
    await page.keyboard.press('Escape');
    await listbox.waitFor({ state: 'hidden' });
    expect(await panel.count()).toBe(1);
    // Once the field lets go of the keyboard, Escape closes the panel.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('finds an exhibitor by an English name with a typo, and takes the visitor through the door to its booth in the next hall', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser, VIEWPORT);
    await openReady(page, session.baseUrl);
    await page.getByRole('searchbox', { name: 'Search' }).fill('Huawai');
    const huawei = page.getByRole('listbox', { name: 'Search results' }).getByRole('group', { name: 'Exhibitor' }).getByRole('option', { name: /Huawei/ });
    await huawei.waitFor({ timeout: 30_000 });
    await huawei.click();
    const walked = await waitForRoute(page);
    // Hall 1 to hall 2 through their door: the route crosses the shared wall inside the opening.
    const crossing = crossingZ(walked, HALL_WIDTH_M);
    expect(crossing).toBeDefined();
    expect(Math.abs((crossing ?? NaN) - DOOR_Z)).toBeLessThan(DOOR_HALF_WIDTH_M);
    await waitForJourney(page, 60_000);
    await expect.poll(() => new URL(page.url()).hash, { timeout: 10_000 }).toBe('#/booth/booth-e-001');
    const booth = await page.evaluate(() => window.__expoDebug?.boothCentre('booth-e-001') ?? null);
    const here = await readVisitor(page);
    expect(here.xM).toBeGreaterThan(HALL_WIDTH_M);
    expect(facing(here, booth?.[0] ?? NaN, booth?.[1] ?? NaN)).toBeGreaterThan(0.95);
    await expect.poll(() => page.getByRole('complementary', { name: 'Selected booth' }).getAttribute('data-booth-id')).toBe('booth-e-001');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('walks to a result three halls away through every door on the way', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser, VIEWPORT);
    await openReady(page, session.baseUrl);
    await page.getByRole('searchbox', { name: 'Search' }).fill('cyclotron');
    const cyclotron = page.getByRole('option', { name: /First domestic medical cyclotron/ });
    await cyclotron.waitFor({ timeout: 30_000 });
    await cyclotron.click();
    const walked = await waitForRoute(page);
    for (const wallX of [HALL_WIDTH_M, 2 * HALL_WIDTH_M, 3 * HALL_WIDTH_M]) {
      expect(Math.abs((crossingZ(walked, wallX) ?? NaN) - DOOR_Z)).toBeLessThan(DOOR_HALF_WIDTH_M);
    }
    // Halfway there the visitor is walking the route, not flying over it.
    await page.waitForFunction((x) => (window.__expoDebug?.visitor()?.xM ?? 0) > x, 2 * HALL_WIDTH_M, { timeout: 60_000, polling: 50 });
    expect((await readVisitor(page)).camera[1]).toBeCloseTo(1.6, 3);
    await waitForJourney(page, 90_000);
    await expect.poll(() => new URL(page.url()).hash, { timeout: 10_000 }).toBe('#/exhibit/first-domestic-medical-cyclotron');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('stops a journey on Escape and on a walking key: the visitor stays, the route goes, no arrival', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser, VIEWPORT);
    await openReady(page, session.baseUrl);
    const field = page.getByRole('searchbox', { name: 'Search' });
    for (const key of ['Escape', 'KeyW']) {
      await field.fill('cyclotron');
      const option = page.getByRole('option', { name: /First domestic medical cyclotron/ });
      await option.waitFor({ timeout: 30_000 });
      await option.click();
      await waitForRoute(page);
      await page.waitForFunction(() => (window.__expoDebug?.visitor()?.xM ?? 0) > 70, undefined, { timeout: 30_000, polling: 20 });
      await page.keyboard.press(key);
      await page.waitForFunction(() => window.__expoDebug?.route() === null, undefined, { timeout: 5000, polling: 20 });
      const stopped = await waitForVisitorSettled(page);
      await page.waitForTimeout(600);
      const later = await readVisitor(page);
      expect(Math.hypot(later.xM - stopped.xM, later.zM - stopped.zM)).toBeLessThan(0.01);
      expect(later.xM).toBeLessThan(4 * HALL_WIDTH_M - 10);
      expect(new URL(page.url()).hash).not.toBe('#/exhibit/first-domestic-medical-cyclotron');
      expect(await page.getByRole('complementary', { name: 'Selected exhibit' }).count()).toBe(0);
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('follows the visitor on the floor plan, and travels where the plan is clicked: a booth, then a spot', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser, VIEWPORT);
    await openReady(page, session.baseUrl);
    const plan = page.getByRole('region', { name: 'Floor plan' });
    const toggle = plan.getByRole('button', { name: 'Floor plan' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const map = plan.getByRole('img', { name: /Floor plan of Hall 1/ });
    await map.waitFor();
    const marker = plan.locator('.plan-visitor');
    const before = await marker.getAttribute('transform');
    await page.locator('canvas').focus();
    await page.keyboard.down('KeyW');
    await page.waitForFunction((z) => (window.__expoDebug?.visitor()?.zM ?? z) < z - 1, (await readVisitor(page)).zM, { timeout: 20_000, polling: 50 });
    await page.keyboard.up('KeyW');
    await waitForVisitorSettled(page);
    await expect.poll(() => marker.getAttribute('transform')).not.toBe(before);
    const here = await readVisitor(page);
    // The marker stands where the visitor does, in site metres (once the next animation frame has drawn it).
    const markerOffset = async (): Promise<number> => {
      const [x, z] = ((await marker.getAttribute('transform')) ?? '').match(/^translate\(([-\d.e]+) ([-\d.e]+)\)/)?.slice(1).map(Number) ?? [];
      return Math.hypot((x ?? NaN) - here.xM, (z ?? NaN) - here.zM);
    };
    await expect.poll(markerOffset).toBeLessThan(0.05);

    // The wheel zooms the plan about the pointer; booth codes appear once zoomed in far enough.
    const viewBox = async (): Promise<number> => Number(((await map.getAttribute('viewBox')) ?? '').split(' ')[2]);
    const fitted = await viewBox();
    expect(await map.locator('.plan-booth-code').first().isVisible()).toBe(false);
    const mapBox = await map.boundingBox();
    if (!mapBox) throw new Error('no map');
    await page.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2);
    await page.mouse.wheel(0, -1000);
    await expect.poll(viewBox).toBeLessThan(fitted / 3);
    await expect.poll(() => map.locator('.plan-booth-code').first().isVisible()).toBe(true);
    await page.mouse.wheel(0, 1000);
    await expect.poll(viewBox).toBeCloseTo(fitted, 0);

    // Zoom in with the plan's button, then click FAST's booth.
    await plan.getByRole('button', { name: 'Zoom in' }).click();
    const booth = map.locator('[data-booth-id="booth-n-004"]');
    await booth.click();
    await waitForRoute(page);
    expect(await map.locator('polyline').count()).toBe(1);
    await waitForJourney(page, 60_000);
    await expect.poll(() => new URL(page.url()).hash, { timeout: 10_000 }).toBe('#/booth/booth-n-004');
    expect(await map.locator('polyline').count()).toBe(0);

    // A spot: the middle of the map, an aisle of hall 1 near its middle.
    const box = await map.boundingBox();
    if (!box) throw new Error('no map');
    const spot = await page.evaluate(
      ({ x, y }) => {
        const svg = document.querySelector('svg[data-hall-id]');
        const matrix = svg instanceof SVGSVGElement ? svg.getScreenCTM() : null;
        if (!(svg instanceof SVGSVGElement) || !matrix) return null;
        const point = new DOMPoint(x, y).matrixTransform(matrix.inverse());
        return [point.x, point.y];
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    await map.click({ position: { x: box.width / 2, y: box.height / 2 } });
    const walkedTo = await waitForJourney(page, 60_000);
    expect(Math.hypot(walkedTo.xM - (spot?.[0] ?? NaN), walkedTo.zM - (spot?.[1] ?? NaN))).toBeLessThan(4);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('switches halls from the plan: the visitor walks to the chosen hall’s entrance', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser, VIEWPORT);
    await openReady(page, session.baseUrl);
    const plan = page.getByRole('region', { name: 'Floor plan' });
    const toggle = plan.getByRole('button', { name: 'Floor plan' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await plan.getByRole('group', { name: 'Halls' }).getByRole('button', { name: 'Hall 2' }).click();
    await waitForRoute(page);
    await waitForJourney(page, 60_000);
    await expect.poll(() => new URL(page.url()).hash, { timeout: 10_000 }).toBe('#/hall/hall-2');
    await plan.getByRole('img', { name: /Floor plan of Hall 2/ }).waitFor();
    expect(await plan.getByRole('button', { name: 'Hall 2' }).getAttribute('aria-pressed')).toBe('true');
    // The plan collapses to its title, and stays so after a reload.
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await plan.getByRole('img').count()).toBe(0);
    await page.reload();
    await waitForExpoReady(page);
    expect(await page.getByRole('region', { name: 'Floor plan' }).getByRole('button', { name: 'Floor plan' }).getAttribute('aria-expanded')).toBe('false');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('finding things on a touch screen', () => {
  it('keeps the floor plan off the centre of the view on a tablet, upright and sideways', async () => {
    const context = await session.browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'en-US', deviceScaleFactor: 1, hasTouch: true });
    await skipStartScreen(context);
    const page = await context.newPage();
    await openReady(page, session.baseUrl);
    for (const viewport of [
      { width: 820, height: 1180 },
      { width: 1180, height: 820 },
    ]) {
      await page.setViewportSize(viewport);
      const plan = page.getByRole('region', { name: 'Floor plan' });
      expect(await plan.getByRole('button', { name: 'Floor plan' }).getAttribute('aria-expanded')).toBe('true');
      const panel = await plan.boundingBox();
      const view = await page.locator('canvas').boundingBox();
      if (!panel || !view) throw new Error('no plan or view');
      const centre = { x: view.x + view.width / 2, y: view.y + view.height / 2 };
      const covers = centre.x >= panel.x && centre.x <= panel.x + panel.width && centre.y >= panel.y && centre.y <= panel.y + panel.height;
      expect(covers).toBe(false);
      // Nor does it sit on the joystick.
      const stick = await page.getByTestId('joystick').boundingBox();
      if (!stick) throw new Error('no joystick');
      const apart = panel.x + panel.width <= stick.x || stick.x + stick.width <= panel.x || panel.y + panel.height <= stick.y || stick.y + stick.height <= panel.y;
      expect(apart).toBe(true);
    }
    await context.close();
  });

  it('searches, taps a result, stops the journey with the joystick, travels by a tap on the plan and pinches the plan to zoom', async () => {
    // Tall enough for the plan above the joystick, clear of the toolbar.
    const context = await session.browser.newContext({ viewport: { width: 900, height: 760 }, locale: 'en-US', deviceScaleFactor: 1, hasTouch: true });
    await skipStartScreen(context);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await openReady(page, session.baseUrl);
    await page.getByRole('searchbox', { name: 'Search' }).tap();
    await page.keyboard.type('tianyan');
    const fast = page.getByRole('option', { name: /China Sky Eye: FAST/ });
    await fast.waitFor({ timeout: 30_000 });
    await fast.tap();
    await waitForRoute(page);
    // Taking the joystick ends the journey.
    const stick = await page.getByTestId('joystick').boundingBox();
    if (!stick) throw new Error('no joystick');
    const client = await context.newCDPSession(page);
    const cx = stick.x + stick.width / 2;
    const cy = stick.y + stick.height / 2;
    await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cx, y: cy, id: 1 }] });
    await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: cx, y: cy - 40, id: 1 }] });
    await page.waitForFunction(() => window.__expoDebug?.route() === null, undefined, { timeout: 5000, polling: 20 });
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForVisitorSettled(page);
    expect(new URL(page.url()).hash).not.toBe('#/exhibit/fast-china-sky-eye');

    // A tap on a booth of the plan travels there.
    const plan = page.getByRole('region', { name: 'Floor plan' });
    const toggle = plan.getByRole('button', { name: 'Floor plan' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.tap();
    await plan.getByRole('button', { name: 'Zoom in' }).tap();
    await plan.locator('[data-booth-id="booth-n-004"]').tap();
    await waitForRoute(page);
    await waitForJourney(page, 60_000);
    await expect.poll(() => new URL(page.url()).hash, { timeout: 10_000 }).toBe('#/booth/booth-n-004');

    // Two fingers spread on the plan zoom it in, and only the plan: the page does not zoom.
    const map = plan.getByRole('img', { name: /Floor plan of/ });
    const width = async (): Promise<number> => Number(((await map.getAttribute('viewBox')) ?? '').split(' ')[2]);
    const before = await width();
    const box = await map.boundingBox();
    if (!box) throw new Error('no map');
    const [mx, my] = [box.x + box.width / 2, box.y + box.height / 2];
    await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: mx - 10, y: my, id: 5 }, { x: mx + 10, y: my, id: 6 }] });
    for (let step = 1; step <= 6; step += 1) {
      await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: mx - 10 - step * 8, y: my, id: 5 }, { x: mx + 10 + step * 8, y: my, id: 6 }] });
    }
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(width).toBeLessThan(before / 1.5);
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
