/**
 * Whether this page publishes the test and bench handles `window.__expoDebug` and
 * `window.__expoStats`. They let a script move the camera and read the renderer's counters, which
 * an ordinary visitor's page has no use for (and a hostile page script should not find), so they
 * are published only when asked: the `?debug` query flag (browser tests and benches add it), or a
 * test build (vitest's `test` mode, where the R3F harness reads them).
 */

/** The query parameter that asks for the handles, e.g. `/?debug&scene=scenes/x.json`. */
export const DEBUG_QUERY_FLAG = 'debug';

/** `search` is the page's `location.search`; `mode` is Vite's `import.meta.env.MODE`. */
export function debugHandlesRequested(search: string, mode: string): boolean {
  return mode === 'test' || new URLSearchParams(search).has(DEBUG_QUERY_FLAG);
}

/** The answer for this page, read once: the flag cannot change without a reload. */
export const PUBLISH_DEBUG_HANDLES = debugHandlesRequested(globalThis.location?.search ?? '', import.meta.env.MODE);
