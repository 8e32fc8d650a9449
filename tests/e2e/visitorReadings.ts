/** Reading the visitor from `window.__expoDebug` in browser tests: where they are, and waiting for journeys. */
import type { Page } from 'playwright-core';
import type { VisitorReading } from '../../src/app/ExpoDebugHandle';

export async function readVisitor(page: Page): Promise<VisitorReading> {
  const reading = await page.evaluate(() => window.__expoDebug?.visitor() ?? null);
  if (!reading) throw new Error('the visitor is not published');
  return reading;
}

/** Waits until the visitor has stopped moving on their own (a flight, a route, a turn). */
export async function waitForVisitorSettled(page: Page, timeoutMs = 30_000): Promise<VisitorReading> {
  await page.waitForFunction(() => window.__expoDebug?.visitor()?.busy === false, undefined, { timeout: timeoutMs, polling: 100 });
  return readVisitor(page);
}

/**
 * Waits for a journey that has just been asked for (a click, a link, Back) to start, if it has not
 * already come and gone between two polls, and then to end.
 */
export async function waitForJourney(page: Page, timeoutMs = 30_000): Promise<VisitorReading> {
  await page.waitForFunction(() => window.__expoDebug?.visitor()?.busy === true, undefined, { timeout: 5000, polling: 20 }).catch(() => undefined);
  return waitForVisitorSettled(page, timeoutMs);
}

/** How squarely the visitor faces (x, z): the cosine between their heading and the direction to it. */
export function facing(reading: VisitorReading, x: number, z: number): number {
  // Heading 0 looks towards −z.
  const dx = x - reading.xM;
  const dz = z - reading.zM;
  const length = Math.hypot(dx, dz) || 1;
  return (-Math.sin(reading.yawRad) * dx - Math.cos(reading.yawRad) * dz) / length;
}
