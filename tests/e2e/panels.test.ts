/**
 * The panels (issue 12, items 4 and 8): a headline exhibit's pictures load with alt text in the
 * visitor's language under the strict Content-Security-Policy; its exhibitor's panel opens from it
 * and lists their exhibits, which take the visitor there; links leave in a new tab that cannot
 * reach back; a video shows controls and captions and does not play by itself; media that cannot
 * be shown say so in a line; no panel shows a note written for developers.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import { openWatchedPage, waitForExpoReady } from './chromium';
import { cspViolations, enforceCsp, PRODUCTION_CSP } from './csp';
import { expoAddress } from './expoAddress';
import { minimalDocument } from './sceneFiles';

const session = useBrowserSession();
const VIEWPORT = { width: 1280, height: 800 };

/** Words of notes meant for developers and curators, which visitors must never read. */
const DEVELOPER_PHRASES = /placeholder|sample data|source articles?|the articles|TODO|FIXME|npm run|not a real organi[sz]ation|占位|示例数据|资料未|并非真实/i;

async function expectNoDeveloperPhrases(panel: Locator, name: string): Promise<void> {
  const text = await panel.innerText();
  expect(text.length, `${name} has text`).toBeGreaterThan(10);
  expect(text, name).not.toMatch(DEVELOPER_PHRASES);
}

/** Scrolls each picture of `panel` into view (they load lazily) and waits until it has loaded. */
async function loadedPictures(panel: Locator): Promise<{ alt: string; naturalWidth: number; loading: string | null }[]> {
  const images = panel.locator('img');
  // The media list's code arrives with the first panel that has media (a lazy chunk).
  await images.first().waitFor({ state: 'attached', timeout: 15_000 });
  const count = await images.count();
  const found = [];
  for (let index = 0; index < count; index += 1) {
    const image = images.nth(index);
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => (element.complete ? element.naturalWidth : 0)), { timeout: 15_000 }).toBeGreaterThan(0);
    found.push({
      alt: (await image.getAttribute('alt')) ?? '',
      naturalWidth: await image.evaluate((element: HTMLImageElement) => element.naturalWidth),
      loading: await image.getAttribute('loading'),
    });
  }
  return found;
}

/** A one-second WebM clip recorded from a canvas in the browser (nothing here can encode video). */
async function recordClip(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 90;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    const recorder = new MediaRecorder(canvas.captureStream(15), { mimeType: 'video/webm' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise((done) => (recorder.onstop = done));
    recorder.start();
    for (let frame = 0; frame < 15; frame += 1) {
      context.fillStyle = `hsl(${frame * 24}, 70%, 50%)`;
      context.fillRect(0, 0, 160, 90);
      await new Promise((done) => setTimeout(done, 66));
    }
    recorder.stop();
    await stopped;
    const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

describe('panels', () => {
  it('shows a headline exhibit with its pictures, and its exhibitor with all their exhibits, under the strict policy', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser, VIEWPORT);
    await enforceCsp(page, session.baseUrl, PRODUCTION_CSP);
    await page.goto(expoAddress(session.baseUrl, { hash: '#/exhibit/fast-china-sky-eye' }));
    await waitForExpoReady(page);
    const panel = page.getByRole('complementary', { name: 'Selected exhibit', exact: true });
    await panel.waitFor({ timeout: 30_000 });
    expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe('China Sky Eye: FAST radio telescope (model)');

    const pictures = await loadedPictures(panel);
    expect(pictures).toHaveLength(2);
    for (const picture of pictures) {
      expect(picture.naturalWidth).toBeGreaterThan(0);
      expect(picture.loading).toBe('lazy');
    }
    expect(pictures[0]?.alt).toMatch(/^A huge bowl-shaped dish .* 500 m\.$/);
    expect(await panel.locator('figcaption').first().innerText()).toMatch(/^Schematic: FAST in section\./);
    await expectNoDeveloperPhrases(panel, 'exhibit panel');

    // The alt text follows the language, without a reload.
    await page.getByRole('button', { name: 'Switch labels to Chinese' }).click();
    const chinesePanel = page.getByRole('complementary', { name: '所选展品', exact: true });
    await expect.poll(() => chinesePanel.locator('img').first().getAttribute('alt')).toMatch(/^山谷间一口巨大的碗形天线/);
    await page.getByRole('button', { name: '切换为英文标签' }).click();

    await panel.getByRole('button', { name: 'National major sci-tech achievements exhibition' }).click();
    const exhibitorPanel = page.getByRole('complementary', { name: 'Selected exhibitor' });
    await exhibitorPanel.waitFor({ timeout: 5_000 });
    // One panel at a time, and the keyboard is in the new one.
    expect(await panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('National major sci-tech achievements exhibition');
    expect(await exhibitorPanel.innerText()).toContain('China');
    const exhibits = exhibitorPanel.getByRole('list', { name: 'Exhibits (6)' });
    expect(await exhibits.getByRole('button').allInnerTexts()).toEqual(
      expect.arrayContaining(['China Sky Eye: FAST radio telescope (model)', 'Hualong One nuclear power', 'Guohe One nuclear power', 'Lunar exploration programme: rover (model)']),
    );
    expect(await exhibitorPanel.getByRole('button', { name: /^Booth N-004/ }).count()).toBe(1);
    await expectNoDeveloperPhrases(exhibitorPanel, 'exhibitor panel');

    // An exhibit in the list takes the visitor there; on arrival its panel opens with its picture.
    await exhibits.getByRole('button', { name: 'Hualong One nuclear power' }).click();
    await expect.poll(() => page.locator('.place-status').innerText(), { timeout: 5_000 }).toContain('Walking to Hualong One nuclear power');
    // Software rendering walks slower than real time: allow for it.
    await expect.poll(() => new URL(page.url()).hash, { timeout: 90_000 }).toBe('#/exhibit/hualong-one');
    await expect.poll(() => panel.getAttribute('data-exhibit-id'), { timeout: 10_000 }).toBe('hualong-one');
    expect(await exhibitorPanel.count()).toBe(0);
    expect((await loadedPictures(panel)).length).toBe(1);

    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    // The pictures' and videos' directives; the smoke test holds the whole page to the policy.
    expect((await cspViolations(page)).filter((violation) => /^(?:img-src|media-src|default-src) /.test(violation))).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('opens an exhibitor from a booth, with links that leave in a new tab naming their site', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser, VIEWPORT);
    await page.goto(expoAddress(session.baseUrl, { hash: '#/booth/booth-e-001' }));
    await waitForExpoReady(page);
    const boothPanel = page.getByRole('complementary', { name: 'Selected booth' });
    await boothPanel.waitFor({ timeout: 30_000 });
    await expectNoDeveloperPhrases(boothPanel, 'booth panel');
    await boothPanel.getByRole('button', { name: 'Huawei' }).click();
    const exhibitorPanel = page.getByRole('complementary', { name: 'Selected exhibitor' });
    await exhibitorPanel.waitFor({ timeout: 5_000 });
    const link = exhibitorPanel.getByRole('link', { name: /www\.huawei\.com/ });
    expect(await link.getAttribute('href')).toBe('https://www.huawei.com/');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await link.getAttribute('rel'))?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    expect(await link.innerText()).toContain('www.huawei.com');
    expect(await exhibitorPanel.getByRole('button', { name: /^Booth E-001/ }).count()).toBe(1);
    await expectNoDeveloperPhrases(exhibitorPanel, 'exhibitor panel');

    // The stand's furniture says what it is and nothing about the sources.
    await page.evaluate(() => (window.location.hash = '#/exhibit/huawei-counter'));
    const exhibitPanel = page.getByRole('complementary', { name: 'Selected exhibit', exact: true });
    await expect.poll(() => exhibitPanel.getAttribute('data-exhibit-id'), { timeout: 30_000 }).toBe('huawei-counter');
    await expectNoDeveloperPhrases(exhibitPanel, 'furniture panel');

    // A sample exhibitor is tagged for visitors, in words meant for them.
    await page.evaluate(() => (window.location.hash = '#/booth/booth-a-101'));
    await expect.poll(() => boothPanel.getAttribute('data-booth-id'), { timeout: 30_000 }).toBe('booth-a-101');
    expect(await boothPanel.innerText()).toContain('illustrative');
    await expectNoDeveloperPhrases(boothPanel, 'sample booth panel');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('plays no video by itself, gives it controls and captions, and says what cannot be shown', async () => {
    const { page, pageErrors, requests, context } = await openWatchedPage(session.browser, VIEWPORT);
    const clip = await recordClip(page);
    // A WebM header and a few frames; whether it plays is checked below (readyState).
    expect(clip.byteLength).toBeGreaterThan(100);
    const document = minimalDocument();
    document.exhibits[0].media = [
      { kind: 'video', url: 'media/test-clip.webm', caption: { en: 'A colour wheel' }, captions: { en: 'media/test-clip.en.vtt' } },
      { kind: 'image', url: 'media/no-such-picture.svg', caption: { en: 'Missing picture' } },
      { kind: 'image', url: 'https://elsewhere.example/picture.jpg', caption: { en: 'Picture elsewhere' } },
    ];
    await page.route(`${session.baseUrl}media/test-clip.webm`, (route) => route.fulfill({ body: clip, contentType: 'video/webm' }));
    await page.route(`${session.baseUrl}media/test-clip.en.vtt`, (route) => route.fulfill({ body: 'WEBVTT\n\n00:00.000 --> 00:05.000\nThe wheel turns.\n', contentType: 'text/vtt' }));
    await page.route(`${session.baseUrl}scenes/media.json`, (route) => route.fulfill({ body: JSON.stringify(document), contentType: 'application/json; charset=utf-8' }));
    await page.route((url) => url.hostname === 'elsewhere.example', (route) => route.abort());
    await page.goto(expoAddress(session.baseUrl, { scene: 'scenes/media.json', hash: '#/exhibit/robot' }));
    await waitForExpoReady(page);
    const panel = page.getByRole('complementary', { name: 'Selected exhibit', exact: true });
    await panel.waitFor({ timeout: 30_000 });

    const video = panel.locator('video');
    await video.scrollIntoViewIfNeeded();
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => [...element.textTracks].map((track) => `${track.kind} ${track.language} ${track.mode} ${track.cues?.length ?? 0}`)), { timeout: 10_000 })
      .toEqual(['captions en showing 1']);
    await page.waitForTimeout(1_000);
    expect(await video.evaluate((element: HTMLVideoElement) => ({ controls: element.controls, autoplay: element.autoplay, paused: element.paused, time: element.currentTime }))).toEqual({
      controls: true,
      autoplay: false,
      paused: true,
      time: 0,
    });

    await expect.poll(() => panel.getByRole('status').allInnerTexts(), { timeout: 10_000 }).toEqual(['This picture could not be shown.']);
    expect(await panel.locator('img').count()).toBe(0);
    const elsewhere = panel.getByRole('link', { name: /elsewhere\.example/ });
    expect(await elsewhere.getAttribute('target')).toBe('_blank');
    expect(await elsewhere.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await panel.innerText()).toContain('This picture is on another website: elsewhere.example');
    expect(requests.filter((url) => new URL(url).hostname === 'elsewhere.example')).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
