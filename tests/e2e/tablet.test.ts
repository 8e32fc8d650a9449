/**
 * The page on a tablet (issue 12, item 7): a pinch anywhere on the interface (the header, the
 * toolbar, a panel) must not zoom the whole page, which left visitors at 5× with no way back;
 * pinches on the view and the floor plan are the app's own gestures.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import { skipStartScreen, waitForExpoReady } from './chromium';
import { expoAddress } from './expoAddress';

const session = useBrowserSession();

/** Two fingers spread from the middle of `box`, in steps, as a visitor zooms. */
async function spreadTwoFingers(client: CDPSession, box: { x: number; y: number; width: number; height: number }): Promise<void> {
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x - 8, y, id: 1 }, { x: x + 8, y, id: 2 }] });
  for (let step = 1; step <= 8; step += 1) {
    await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x - 8 - step * 12, y, id: 1 }, { x: x + 8 + step * 12, y, id: 2 }] });
  }
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

function pageScale(page: Page): Promise<number> {
  return page.evaluate(() => window.visualViewport?.scale ?? 1);
}

describe('on a tablet', () => {
  it('a pinch on the header, the toolbar or a panel does not zoom the page', async () => {
    // isMobile: the browser zooms pages as a tablet's does (the viewport meta tag applies).
    const context = await session.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'en-US', deviceScaleFactor: 1, hasTouch: true, isMobile: true });
    await skipStartScreen(context);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(expoAddress(session.baseUrl, { hash: '#/exhibit/fast-china-sky-eye' }));
    await waitForExpoReady(page);
    await page.getByRole('complementary', { name: 'Selected exhibit' }).waitFor({ timeout: 30_000 });
    const client = await context.newCDPSession(page);
    const targets = {
      header: page.getByRole('banner'),
      toolbar: page.getByRole('toolbar').first(),
      panel: page.getByRole('complementary', { name: 'Selected exhibit' }),
    };
    for (const [name, target] of Object.entries(targets)) {
      const box = await target.boundingBox();
      if (!box) throw new Error(`no ${name}`);
      await spreadTwoFingers(client, box);
      await page.waitForTimeout(200);
      expect(await pageScale(page), name).toBe(1);
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

/** A box on the page, CSS px, as `getBoundingClientRect` gives it. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the layout check reads off the page in one go. */
interface LayoutReading {
  /** The page's width as laid out: wider than the screen when something sticks out at the right. */
  pageWidth: number;
  /** The 3D view's canvas. */
  view: Box;
  /** Each shown interface element over (or beside) the view, by name. */
  elements: Record<string, Box>;
  /** Each shown control (button, select, input, link) and its target box (a checkbox's is its label). */
  controls: { name: string; box: Box }[];
  /** The booth list's scrolling list and the floor plan's map, when their sheet is shown. */
  lists: Record<string, Box>;
}

/**
 * The interface elements the check compares. The toolbar's box includes its help line; a panel is
 * an exhibit's or a booth's (they share a class).
 */
const LAYOUT_ELEMENTS: Record<string, string> = {
  header: 'header.expo-header',
  toolbar: '.navigation-bar',
  floorPlan: 'section.floor-plan',
  boothList: 'nav.booth-list',
  panel: 'aside.exhibit-panel',
  placeStatus: 'p.place-status',
  placeNotice: '.place-notice',
  joystick: '[data-testid="joystick"]',
  warnings: '[data-testid="warnings-panel"]',
  // The "Guided tour" button, or the player while a tour is open.
  tour: '.tour-dock > *',
};

function readLayout(page: Page): Promise<LayoutReading> {
  return page.evaluate((selectors) => {
    const boxOf = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    };
    const shown = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const canvas = document.querySelector('.stage canvas');
    if (!canvas) throw new Error('no canvas');
    const elements: Record<string, ReturnType<typeof boxOf>> = {};
    for (const [name, selector] of Object.entries(selectors)) {
      const element = document.querySelector(selector);
      if (element && shown(element)) elements[name] = boxOf(element);
    }
    const controls: { name: string; box: ReturnType<typeof boxOf> }[] = [];
    for (const control of document.querySelectorAll('header button, header select, header input, .stage button, .stage select, .stage input, .stage a[href]')) {
      if (!shown(control) || control.closest('.search-drop')) continue;
      // A checkbox is hit through its label (the whole label toggles it).
      const target = control instanceof HTMLInputElement && control.type === 'checkbox' ? (control.closest('label') ?? control) : control;
      const name = control.getAttribute('aria-label') ?? (target.textContent ?? '').trim().slice(0, 40);
      controls.push({ name: `${control.tagName.toLowerCase()} "${name}"`, box: boxOf(target) });
    }
    const lists: Record<string, ReturnType<typeof boxOf>> = {};
    // A list hidden with its sheet is not measured; one squeezed to nothing by its neighbours is.
    const boothItems = document.querySelector('.booth-list-items');
    if (boothItems && boothItems.closest('.booth-list')?.checkVisibility()) lists.boothList = boxOf(boothItems);
    const map = document.querySelector('.floor-plan-map');
    if (map && map.closest('.floor-plan')?.checkVisibility()) lists.floorPlanMap = boxOf(map);
    return { pageWidth: document.documentElement.scrollWidth, view: boxOf(canvas), elements, controls, lists };
  }, LAYOUT_ELEMENTS);
}

/** Overlap of two boxes beyond the 1 px that rounding may give. */
function overlap(a: Box, b: Box): boolean {
  const tolerancePx = 1;
  return a.x + a.width - tolerancePx > b.x && b.x + b.width - tolerancePx > a.x && a.y + a.height - tolerancePx > b.y && b.y + b.height - tolerancePx > a.y;
}

/** A list must show at least this many px: two and a half rows of 48 px, enough to scroll through. */
const USABLE_LIST_HEIGHT_PX = 120;
/** The smallest touch target (WCAG 2.5.5, Apple's Human Interface Guidelines). */
const TOUCH_TARGET_PX = 44;

/**
 * Every failure of the tablet layout rules in one reading, as sentences (empty: all hold):
 * - no two interface elements overlap (beyond 1 px);
 * - none reaches into the centre of the view: a box centred on the canvas's centre, 10 % of its
 *   width wide and 10 % of its height tall, where what the visitor looks at (the exhibit walked up
 *   to, the walking direction) is;
 * - every element and every header control lies inside the screen, nothing cut off at an edge;
 * - the booth list's list and the floor plan's map, when shown, are at least 120 px tall;
 * - every shown control is at least 44 × 44 px.
 */
function layoutFailures(reading: LayoutReading, viewport: { width: number; height: number }): string[] {
  const failures: string[] = [];
  const { pageWidth, view, elements, controls, lists } = reading;
  // A mobile browser widens the layout viewport to whatever sticks out, so the screen's size is the measure.
  if (pageWidth > viewport.width) failures.push(`the page is ${pageWidth} px wide, wider than the screen`);
  const named = Object.entries(elements);
  const round = (box: Box) => `${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`;
  named.forEach(([nameA, boxA], i) => {
    for (const [nameB, boxB] of named.slice(i + 1)) {
      if (overlap(boxA, boxB)) failures.push(`${nameA} (${round(boxA)}) overlaps ${nameB} (${round(boxB)})`);
    }
  });
  const centre: Box = { x: view.x + view.width * 0.45, y: view.y + view.height * 0.45, width: view.width * 0.1, height: view.height * 0.1 };
  for (const [name, box] of named) {
    if (overlap(box, centre)) failures.push(`${name} (${round(box)}) covers the centre of the view (${round(centre)})`);
  }
  const inside = (box: Box) => box.x >= -1 && box.y >= -1 && box.x + box.width <= viewport.width + 1 && box.y + box.height <= viewport.height + 1;
  for (const [name, box] of named) {
    if (!inside(box)) failures.push(`${name} (${round(box)}) is cut off by the viewport`);
  }
  for (const [name, box] of Object.entries(lists)) {
    if (box.height < USABLE_LIST_HEIGHT_PX) failures.push(`${name} is ${Math.round(box.height)} px tall, under ${USABLE_LIST_HEIGHT_PX}`);
  }
  for (const { name, box } of controls) {
    if (box.width < TOUCH_TARGET_PX || box.height < TOUCH_TARGET_PX) failures.push(`${name} is ${Math.round(box.width)}×${Math.round(box.height)} px, under ${TOUCH_TARGET_PX}`);
  }
  // The header's controls are checked one by one: one cut off at the right edge still leaves the header inside.
  for (const { name, box } of controls) {
    if (!inside(box) && box.y < view.y) failures.push(`${name} (${round(box)}) is cut off by the viewport`);
  }
  return failures;
}

/**
 * Tablets held both ways and a phone held sideways. A phone's short screen shows one sheet at a
 * time beside the view (a panel, else the booth list, else the floor plan): `oneSheet`.
 */
const TABLET_SIZES = [
  { width: 768, height: 1024, oneSheet: false },
  { width: 820, height: 1180, oneSheet: false },
  { width: 1024, height: 1366, oneSheet: false },
  { width: 1180, height: 820, oneSheet: false },
  { width: 667, height: 375, oneSheet: true },
];

describe('the tablet layout', () => {
  for (const { oneSheet, ...viewport } of TABLET_SIZES) {
    it(`at ${viewport.width}×${viewport.height}, overlaps nothing, leaves the centre of the view clear and keeps lists usable and targets finger-sized`, async () => {
      // One page per size (software WebGL is slow per pixel): each state is reached by opening and closing.
      const context = await session.browser.newContext({ viewport, locale: 'en-US', deviceScaleFactor: 1, hasTouch: true, isMobile: true });
      await skipStartScreen(context);
      // The floor plan open from the start, as a visitor who opened it last time has it (it remembers).
      await context.addInitScript(() => window.localStorage.setItem('cloud-expo.floor-plan-open', 'true'));
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await page.goto(expoAddress(session.baseUrl, { hash: '#/exhibit/fast-china-sky-eye' }));
      await waitForExpoReady(page);
      const panel = page.getByRole('complementary', { name: 'Selected exhibit' });
      await panel.waitFor({ timeout: 30_000 });
      const sheets = oneSheet ? [] : ['floorPlan'];

      // (a) An exhibit's panel, with the floor plan open.
      const withPanel = await readLayout(page);

      // (b) The booth list, with the panel closed.
      await panel.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('button', { name: 'Booth list' }).click();
      await page.getByRole('navigation', { name: 'Booth list' }).waitFor();
      const withList = await readLayout(page);

      // (c) Only the floor plan.
      await page.getByRole('button', { name: 'Booth list' }).click();
      await page.getByRole('navigation', { name: 'Booth list' }).waitFor({ state: 'detached' });
      const withPlan = await readLayout(page);

      // (d) A guided tour playing: the player takes a sheet's place.
      await page.getByRole('button', { name: 'Guided tour' }).click();
      await page.getByRole('button', { name: /^Headline exhibits/ }).click();
      await page.getByRole('region', { name: 'Guided tour' }).waitFor();
      const withTour = await readLayout(page);

      // All at once, so that a failing size lists everything wrong with it.
      const shown = (reading: LayoutReading) => ({ elements: Object.keys(reading.elements).sort(), lists: Object.keys(reading.lists).sort() });
      expect({
        withPanel: { ...shown(withPanel), failures: layoutFailures(withPanel, viewport) },
        withList: { ...shown(withList), failures: layoutFailures(withList, viewport) },
        withPlan: { ...shown(withPlan), failures: layoutFailures(withPlan, viewport) },
        withTour: { ...shown(withTour), failures: layoutFailures(withTour, viewport) },
      }).toEqual({
        withPanel: { elements: ['header', 'joystick', 'panel', 'placeStatus', 'toolbar', 'tour', ...sheets].sort(), lists: oneSheet ? [] : ['floorPlanMap'], failures: [] },
        withList: { elements: ['boothList', 'header', 'joystick', 'placeStatus', 'toolbar', 'tour', ...sheets].sort(), lists: ['boothList', ...(oneSheet ? [] : ['floorPlanMap'])], failures: [] },
        withPlan: { elements: ['floorPlan', 'header', 'joystick', 'placeStatus', 'toolbar', 'tour'], lists: ['floorPlanMap'], failures: [] },
        withTour: { elements: ['header', 'joystick', 'placeStatus', 'toolbar', 'tour', ...sheets].sort(), lists: oneSheet ? [] : ['floorPlanMap'], failures: [] },
      });
      expect(pageErrors).toEqual([]);
      await context.close();
    });
  }
});
