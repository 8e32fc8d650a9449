/**
 * One Chromium per test file and the preview server's address, opened before the file's tests
 * and closed after them: `const session = useBrowserSession();` then `session.browser` and
 * `session.baseUrl` inside the tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';

export interface BrowserSession {
  browser: Browser;
  /** The built app's address, ending with a slash. */
  baseUrl: string;
}

export function useBrowserSession(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.baseUrl = inject('baseUrl');
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
