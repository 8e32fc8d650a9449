/**
 * Guided tours in Chromium (issue 12, items 2 and 8): the default expo's headline tour started from
 * the "Guided tour" menu advances through three stops by itself and pauses when the visitor presses
 * a walking key; Play goes on from the same stop. A link to a tour stop lands there, paused, with
 * the progress and the narration shown (switching language with the page); a link to a stop the
 * tour does not have says the link leads nowhere.
 *
 * Reduced motion makes each move a cut, and the test speeds the tour's clock up
 * (`window.__expoTourClock`, published with `?debug` only): the first stop's narration alone is
 * read for about half a minute.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import { openWatchedPage, waitForExpoReady } from './chromium';
import { expoAddress } from './expoAddress';
import { readVisitor, waitForVisitorSettled } from './visitorReadings';

const session = useBrowserSession();

/** How much faster than real time the dwells run: the first stop's 33 s become about 8 s. */
const CLOCK_SPEED = 4;

/** Site-plan distance from the visitor to an exhibit's centre, metres. */
async function distanceToExhibit(page: Page, exhibitId: string): Promise<number> {
  const centre = await page.evaluate((id) => window.__expoDebug?.exhibitCentre(id) ?? null, exhibitId);
  if (!centre) throw new Error(`${exhibitId} is not in the default expo`);
  const visitor = await readVisitor(page);
  return Math.hypot(visitor.xM - centre[0], visitor.zM - centre[2]);
}

describe('guided tours', () => {
  it('plays the headline tour through three stops by itself, pauses on a walking key, and plays on from the same stop', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(expoAddress(session.baseUrl));
    await waitForExpoReady(page);
    await page.getByRole('button', { name: 'Guided tour' }).click();
    await page.waitForFunction(() => window.__expoTourClock !== undefined);
    await page.evaluate((speed) => {
      if (window.__expoTourClock) window.__expoTourClock.speed = speed;
    }, CLOCK_SPEED);
    await page.getByRole('button', { name: 'Headline exhibits · 13 stops' }).click();

    const player = page.getByRole('region', { name: 'Guided tour' });
    const progress = player.getByTestId('tour-progress');
    await progress.waitFor();
    // Every progress text the player shows, in order, recorded in the page (a stop may be short).
    await page.evaluate(() => {
      const shown: string[] = [];
      (window as unknown as { tourProgress: string[] }).tourProgress = shown;
      const record = () => {
        const text = document.querySelector('[data-testid="tour-progress"]')?.textContent ?? '';
        if (text !== '' && shown.at(-1) !== text) shown.push(text);
      };
      record();
      new MutationObserver(record).observe(document.querySelector('.tour-dock') ?? document.body, { subtree: true, childList: true, characterData: true });
    });
    expect(new URL(page.url()).hash).toBe('#/tour/headline-exhibits/1');

    await page.waitForFunction(() => document.querySelector('[data-testid="tour-progress"]')?.textContent === '3 / 13', undefined, { timeout: 60_000, polling: 50 });
    // Stop 3 is HL-2M: the visitor stands at it and its narration is shown.
    expect(await player.locator('.tour-stop-title').textContent()).toContain('HL-2M');
    expect(await player.locator('.tour-narration').textContent()).toContain('artificial sun');
    expect(new URL(page.url()).hash).toBe('#/tour/headline-exhibits/3');
    const beforeKey = await readVisitor(page);
    // ← turns the visitor (a walking key: W may be blocked by the exhibit right in front).
    await page.keyboard.down('ArrowLeft');
    await page.waitForTimeout(300);
    await page.keyboard.up('ArrowLeft');

    await player.getByRole('button', { name: 'Play' }).waitFor({ timeout: 5000 });
    expect(await player.getByRole('status').textContent()).toContain('Paused');
    const visitorAfterKey = await waitForVisitorSettled(page);
    // The key turned the visitor, who is still by HL-2M.
    expect(Math.abs(visitorAfterKey.yawRad - beforeKey.yawRad)).toBeGreaterThan(0.01);
    expect(await distanceToExhibit(page, 'hl-2m-tokamak')).toBeLessThan(12);
    // Longer than stop 3's dwell at this speed (16 s / 4): still at stop 3.
    await page.waitForTimeout(6000);
    expect(await progress.textContent()).toBe('3 / 13');
    expect(await page.evaluate(() => (window as unknown as { tourProgress: string[] }).tourProgress)).toEqual(['1 / 13', '2 / 13', '3 / 13']);
    // Paused, the tour moved the visitor nowhere.
    const afterWait = await readVisitor(page);
    expect(Math.hypot(afterWait.xM - visitorAfterKey.xM, afterWait.zM - visitorAfterKey.zM)).toBeLessThan(1e-6);
    expect(afterWait.yawRad).toBeCloseTo(visitorAfterKey.yawRad, 6);

    await player.getByRole('button', { name: 'Play' }).click();
    await player.getByRole('button', { name: 'Pause' }).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="tour-progress"]')?.textContent === '4 / 13', undefined, { timeout: 30_000, polling: 50 });
    expect(await page.evaluate(() => (window as unknown as { tourProgress: string[] }).tourProgress)).toEqual(['1 / 13', '2 / 13', '3 / 13', '4 / 13']);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lands a tour stop link at the stop, paused, with its progress and narration in the page’s language', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser);
    await page.goto(expoAddress(session.baseUrl, { hash: '#/tour/headline-exhibits/5' }));
    await waitForExpoReady(page);
    const player = page.getByRole('region', { name: 'Guided tour' });
    await player.waitFor({ timeout: 30_000 });
    expect(await player.getByTestId('tour-progress').textContent()).toBe('5 / 13');
    expect(await player.locator('.tour-stop-title').textContent()).toContain('Hualong One');
    expect(await player.locator('.tour-narration').textContent()).toContain('Hualong One nuclear power');
    // Paused: nothing walks the visitor off before they choose Play.
    await player.getByRole('button', { name: 'Play' }).waitFor();
    await waitForVisitorSettled(page);
    expect(await distanceToExhibit(page, 'hualong-one')).toBeLessThan(12);
    expect(new URL(page.url()).hash).toBe('#/tour/headline-exhibits/5');

    // The narration follows the language at once.
    await page.getByRole('button', { name: 'Switch labels to Chinese' }).click();
    const zhPlayer = page.getByRole('region', { name: '导览' });
    await zhPlayer.getByRole('button', { name: '播放' }).waitFor();
    expect(await zhPlayer.locator('.tour-narration').textContent()).toContain('华龙一号');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('says a link to a stop the tour does not have leads nowhere, and opens no tour', async () => {
    const { page, pageErrors, context } = await openWatchedPage(session.browser);
    await page.goto(expoAddress(session.baseUrl, { hash: '#/tour/headline-exhibits/99' }));
    await waitForExpoReady(page);
    const notice = page.getByRole('alert');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('#/tour/headline-exhibits/99');
    // The menu is there (the tour part has loaded) and no player is.
    await page.getByRole('button', { name: 'Guided tour' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('region', { name: 'Guided tour' }).count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('#/hall/hall-1');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
