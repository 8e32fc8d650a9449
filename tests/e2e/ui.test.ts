/** The DOM around the 3D view: loading indicator, warnings panel, language switch. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import { openWatchedPage, waitForExpoReady } from './chromium';
import { expoAddress } from './expoAddress';
import { minimalDocument } from './sceneFiles';

const session = useBrowserSession();

async function serveScene(page: Page, name: string, text: string, delayMs = 0): Promise<string> {
  await page.route(`${session.baseUrl}scenes/${name}`, async (route) => {
    if (delayMs > 0) await new Promise((done) => setTimeout(done, delayMs));
    await route.fulfill({ body: text, contentType: 'application/json; charset=utf-8' });
  });
  return `scenes/${name}`;
}

describe('the page around the 3D view', () => {
  it('shows a loading indicator while the scene file is on its way', async () => {
    const { page, context } = await openWatchedPage(session.browser);
    const file = await serveScene(page, 'slow.json', '{ "version": 2 }', 1500);
    await page.goto(expoAddress(session.baseUrl, { scene: file }));
    const loading = page.locator('[data-testid="loading-screen"]');
    await loading.waitFor({ timeout: 10_000 });
    expect(await loading.innerText()).toContain(`Loading ${file}`);
    await page.locator('[data-testid="error-screen"]').waitFor({ timeout: 30_000 });
    expect(await loading.count()).toBe(0);
    await context.close();
  });

  it('lists the warnings of a valid scene in a panel over the view that can be dismissed', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser);
    const document = minimalDocument();
    document.exhibitors.push({ id: 'lonely', name: { en: 'Lonely Ltd' }, country: 'CN' });
    const file = await serveScene(page, 'warnings.json', JSON.stringify(document, null, 2));
    await page.goto(expoAddress(session.baseUrl, { scene: file }));
    await waitForExpoReady(page);
    const panel = page.locator('[data-testid="warnings-panel"]');
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('1 warning in this scene');
    expect(text).toMatch(new RegExp(`${file}:\\d+:\\d+ warning exhibitor 'lonely' has no booth`));
    expect(text).toContain('exhibitors[3].id');
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    expect(await panel.count()).toBe(0);
    expect(await page.locator('canvas').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('switches the labels between English and Chinese', async () => {
    const { page, context } = await openWatchedPage(session.browser);
    const file = await serveScene(page, 'languages.json', JSON.stringify(minimalDocument(), null, 2));
    await page.goto(expoAddress(session.baseUrl, { scene: file }));
    await waitForExpoReady(page);
    expect(await page.locator('h1.expo-title').textContent()).toBe('Test Expo');
    await page.getByRole('button', { name: 'Switch labels to Chinese' }).click();
    expect(await page.locator('h1.expo-title').textContent()).toBe('测试博览会');
    expect(await page.locator('.expo-venue').textContent()).toBe('绵阳');
    await page.getByRole('button', { name: '切换为英文标签' }).click();
    expect(await page.locator('h1.expo-title').textContent()).toBe('Test Expo');
    await context.close();
  });
});
