/**
 * `?scene=`: another scene on this site loads; broken, missing and hostile scenes end on a readable
 * error screen; scene text is shown as text, never run as HTML.
 */
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseScene, parseSceneBytes } from '../../src/scene';
import { launchChromium, openWatchedPage, waitForExpoReady, type WatchedPage } from './chromium';
import { expoAddress } from './expoAddress';
import { expoTitle, minimalDocument } from './sceneFiles';

let browser: Browser;
let baseUrl: string;
const opened: WatchedPage[] = [];

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(): Promise<WatchedPage> {
  const watched = await openWatchedPage(browser);
  opened.push(watched);
  return watched;
}

/** Serves `text` (or raw bytes) as the scene at `scenes/<name>` on the app's own origin. */
async function serveScene(page: Page, name: string, text: string | Buffer): Promise<string> {
  await page.route(`${baseUrl}scenes/${name}`, (route) => route.fulfill({ body: text, contentType: 'application/json; charset=utf-8' }));
  return `scenes/${name}`;
}

async function errorScreenText(page: Page): Promise<string> {
  const screen = page.locator('[data-testid="error-screen"]');
  await screen.waitFor({ timeout: 30_000 });
  return (await screen.innerText()).replace(/\s+/g, ' ');
}

describe('?scene=', () => {
  it('loads another scene from this site', async () => {
    const { page, pageErrors, consoleErrors, failedResponses, context } = await open();
    await page.goto(expoAddress(baseUrl, { scene: 'scenes/hard-tech-2023.json' }));
    await waitForExpoReady(page);
    expect(failedResponses).toEqual([]);
    expect(await page.locator('h1.expo-title').textContent()).toBe(expoTitle('scenes/hard-tech-2023.json', 'en'));
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows a schema error with its message, line:column and JSON path instead of the 3D view', async () => {
    const { page, pageErrors, context } = await open();
    const document = minimalDocument();
    document.booths[1].sizeM = [6, 'six'];
    const text = JSON.stringify(document, null, 2);
    const [expected] = parseScene(text).diagnostics;
    if (!expected) throw new Error('the planted error was not found');
    const file = await serveScene(page, 'broken.json', text);
    await page.goto(expoAddress(baseUrl, { scene: file }));
    const shown = await errorScreenText(page);
    expect(shown).toContain('This scene cannot be shown');
    expect(shown).toContain('1 error, 0 warnings');
    expect(shown).toContain(`${file}:${expected.line}:${expected.column}`);
    expect(shown).toContain(expected.message);
    expect(shown).toContain('booths[1].sizeM[1]');
    expect(await page.locator('canvas').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('reports a missing scene file in plain words', async () => {
    const { page, context } = await open();
    await page.goto(expoAddress(baseUrl, { scene: 'scenes/no-such-expo.json' }));
    const shown = await errorScreenText(page);
    expect(shown).toContain('The scene could not be loaded');
    expect(shown).toContain('Scene file not found: scenes/no-such-expo.json (HTTP 404');
    await context.close();
  });

  it.each(['https://evil.example/x.json', '//evil.example/x.json', 'javascript:window.__xss=1'])(
    'refuses %s and sends no request off the site',
    async (hostile) => {
      const { page, requests, context } = await open();
      // Belt and braces: nothing may leave the machine even if the app tried.
      await page.route((url) => !url.href.startsWith(baseUrl), (route) => route.abort());
      await page.goto(expoAddress(baseUrl, { scene: hostile }));
      const shown = await errorScreenText(page);
      expect(shown).toContain(`Refused to load "${hostile}"`);
      expect(requests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
      expect(requests.some((url) => new URL(url).hostname.endsWith('evil.example'))).toBe(false);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      await context.close();
    },
  );

  it('shows HTML in scene text as text and never runs it', async () => {
    const payload = '<img src=x onerror=window.__xss=1>';
    const { page, pageErrors, context } = await open();
    const document = minimalDocument();
    // The header shows the expo title; exhibitor descriptions are not displayed yet but ride along.
    document.expo.title.en = payload;
    document.expo.venue.en = `${payload} Hall`;
    document.exhibitors[0].description = { en: payload, zh: payload };
    const file = await serveScene(page, 'xss.json', JSON.stringify(document, null, 2));
    await page.goto(expoAddress(baseUrl, { scene: file }));
    await waitForExpoReady(page);
    expect(await page.locator('h1.expo-title').textContent()).toBe(payload);
    expect(await page.locator('header img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows HTML in a diagnostic message as text on the error screen', async () => {
    const payload = '<img src=x onerror=window.__xss=1>';
    const { page, context } = await open();
    const document = minimalDocument();
    document.expo[payload] = 1;
    const file = await serveScene(page, 'xss-error.json', JSON.stringify(document, null, 2));
    await page.goto(expoAddress(baseUrl, { scene: file }));
    const shown = await errorScreenText(page);
    expect(shown).toContain(`unknown field "${payload}"`);
    expect(await page.locator('[data-testid="error-screen"] img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await context.close();
  });

  describe('files that used to blank the page or flood it', () => {
    /** The app's error screen for `bytes`: the validator's first message at its line:column, read in the page. */
    async function expectFirstMessageShown(name: string, bytes: Buffer, withinMs: number): Promise<string> {
      const [expected] = parseSceneBytes(bytes).diagnostics;
      if (!expected) throw new Error(`${name}: the planted error was not found`);
      const { page, pageErrors, context } = await open();
      const file = await serveScene(page, name, bytes);
      const started = Date.now();
      await page.goto(expoAddress(baseUrl, { scene: file }));
      const shown = await errorScreenText(page);
      const elapsedMs = Date.now() - started;
      expect(shown).toContain(`${file}:${expected.line}:${expected.column}`);
      expect(shown).toContain(expected.message);
      expect(elapsedMs).toBeLessThan(withinMs);
      expect(pageErrors).toEqual([]);
      await context.close();
      return shown;
    }

    it('names a GBK file as GBK in the browser too, at its first invalid byte', async () => {
      const shown = await expectFirstMessageShown('gbk.json', readFileSync('tests/fixtures/invalid/encoding-gbk.json'), 30_000);
      expect(shown).toContain('looks like GBK');
    });

    it('refuses 20,000 unclosed brackets with a position, not a stack overflow', async () => {
      const bytes = Buffer.from(`{"version": 1, "halls": ${'['.repeat(20_000)}`);
      const shown = await expectFirstMessageShown('deep.json', bytes, 30_000);
      expect(shown).toContain('nested too deeply');
      expect(shown).not.toContain('Maximum call stack');
    });

    it('shows a 10 MiB id cut to a readable length, quickly', async () => {
      const document = minimalDocument();
      document.exhibits[0].id = `robot-${'x'.repeat(10 * 1024 * 1024)}`;
      // Generous for software rendering on a loaded machine; it took 11 s before the cut.
      const shown = await expectFirstMessageShown('huge-id.json', Buffer.from(JSON.stringify(document)), 10_000);
      expect(shown).toContain('… (10,485,766 characters)');
      expect(shown.length).toBeLessThan(5_000);
    });

    it('says how many of how many errors it shows', async () => {
      const shown = await expectFirstMessageShown('thousand.json', readFileSync('tests/fixtures/invalid/thousand-errors.json'), 30_000);
      expect(shown).toContain('showing 200 of 1,000 errors');
      expect(shown).toContain('1,000 errors, 0 warnings');
    });
  });
});
