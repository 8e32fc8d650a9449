/**
 * The start screen as a first-time visitor meets it: the expo's title as a heading, its dates,
 * venue, theme and counts, a language choice, how to move on this device, Enter and the guided
 * tour; it shows before any model has arrived while the hall renders behind it; Enter leaves it
 * with the keyboard in the 3D view; a reload of the same tab and a deep link both skip it.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import { openWatchedPage, waitForExpoReady } from './chromium';
import { expoAddress } from './expoAddress';
import { expoTitle } from './sceneFiles';

const session = useBrowserSession();
const DEFAULT_SCENE = 'scenes/mianyang-2023.json';

const startScreen = (page: Page) => page.getByRole('dialog', { name: expoTitle(DEFAULT_SCENE, 'en') });

describe('the start screen', () => {
  it('welcomes a visitor before any model arrives, with the hall rendering behind, and Enter leads in', async () => {
    const { page, pageErrors, consoleErrors } = await openWatchedPage(session.browser, undefined, { startScreen: true });
    // Hold every model file back: the start screen must not wait for them.
    const held: Route[] = [];
    await page.route('**/*.glb', (route) => {
      held.push(route);
    });
    await page.goto(expoAddress(session.baseUrl));
    const dialog = startScreen(page);
    await dialog.waitFor({ timeout: 30_000 });
    await expect.poll(() => held.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__expoStats?.modelsLoaded ?? 0)).toBe(0);

    await dialog.getByRole('heading', { level: 1, name: expoTitle(DEFAULT_SCENE, 'en') }).waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('November 22 – 26, 2023');
    expect(text).toContain('Mianyang');
    expect(text).toMatch(/Science and Technology Leadership/);
    expect(text).toMatch(/[\d,]+ exhibitors/);
    expect(text).toMatch(/[\d,]+ exhibits/);
    // Keys and mouse on this device (no touch screen).
    expect(text).toContain('W A S D');
    await dialog.getByRole('button', { name: 'Guided tour' }).waitFor();
    const enter = dialog.getByRole('button', { name: 'Enter', exact: true });
    // The first control a keyboard visitor meets.
    expect(await enter.evaluate((button) => button === document.activeElement)).toBe(true);

    // The hall renders behind it, models still held.
    await waitForExpoReady(page);
    // The expo behind takes no input while the start screen is open.
    expect(await page.locator('.app').getAttribute('inert')).not.toBeNull();

    // The language choice on the start screen turns it to Chinese.
    await dialog.getByRole('button', { name: 'Switch labels to Chinese' }).click();
    const chinese = page.getByRole('dialog', { name: '第十一届中国（绵阳）科技城国际科技博览会' });
    await chinese.getByRole('button', { name: '导览' }).waitFor({ timeout: 5_000 });
    await chinese.getByRole('button', { name: '进入展馆' }).waitFor({ timeout: 5_000 });
    await chinese.getByRole('button', { name: '切换为英文标签' }).click();

    for (const route of held.splice(0)) await route.continue();
    await page.unroute('**/*.glb');
    await enter.click();
    await dialog.waitFor({ state: 'detached', timeout: 5_000 });
    expect(await page.locator('.app').getAttribute('inert')).toBeNull();
    // Straight on with the keyboard: the 3D view has the focus.
    expect(await page.evaluate(() => document.activeElement?.closest('.stage') !== null)).toBe(true);
    await page.getByRole('banner').getByRole('heading', { level: 1 }).waitFor();

    // A reload of the same tab does not welcome them again.
    await page.reload();
    await waitForExpoReady(page);
    expect(await startScreen(page).count()).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('starts the guided tour of the headline exhibits from its button', async () => {
    const { page, context } = await openWatchedPage(session.browser, undefined, { startScreen: true });
    await page.goto(expoAddress(session.baseUrl));
    const dialog = startScreen(page);
    await dialog.getByRole('button', { name: 'Guided tour' }).click({ timeout: 30_000 });
    await dialog.waitFor({ state: 'detached', timeout: 5_000 });
    const player = page.getByRole('region', { name: 'Guided tour' });
    await player.waitFor({ timeout: 30_000 });
    expect(await player.textContent()).toContain('1 / 13');
    await player.getByRole('button', { name: 'Pause' }).waitFor();
    await context.close();
  });

  it('is skipped by a deep link, which lands at its place', async () => {
    const { page, context } = await openWatchedPage(session.browser, undefined, { startScreen: true });
    await page.goto(expoAddress(session.baseUrl, { hash: '#/hall/hall-2' }));
    await waitForExpoReady(page);
    expect(await startScreen(page).count()).toBe(0);
    await expect.poll(() => page.locator('.place-status').textContent(), { timeout: 30_000 }).toMatch(/^You are at Hall 2/);
    await context.close();
  });

  it('tells a touch visitor how to move by touch', async () => {
    const context = await session.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'en-US', deviceScaleFactor: 1, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(expoAddress(session.baseUrl));
    const dialog = startScreen(page);
    await dialog.waitFor({ timeout: 30_000 });
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('The stick in the corner walks');
    expect(text).not.toContain('W A S D');
    for (const name of ['Enter', 'Guided tour']) {
      const box = await dialog.getByRole('button', { name, exact: true }).boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    }
    await context.close();
  });
});
