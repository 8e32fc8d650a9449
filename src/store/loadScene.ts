/**
 * Loads the scene named by `?scene=`: refuses anything that is not on this site, fetches the bytes,
 * validates them, and says in plain words what went wrong. `fetch` is a parameter so the whole path
 * is unit-tested in Node without a browser.
 *
 * The body is read as bytes, not with `response.text()`: that decodes as UTF-8 without complaint,
 * so a GBK file became mojibake on screen instead of an error naming its encoding (issue 11).
 */
import { echoText, parseSceneBytes } from '../scene';
import { readResponseBytes, type OnBytes } from '../scene/readResponseBytes';
import { loadingStore, recordSceneBytes, recordSceneParsed, resetLoading, type LoadingStore } from './loadingStore';
import type { SceneState, SceneStore } from './sceneStore';

/** The default expo, relative because the app is built with `base: './'`. */
export const DEFAULT_SCENE_PATH = 'scenes/mianyang-2023.json';

/** Either the address to fetch, or why the requested scene is refused. */
export type SceneLocation =
  | { ok: true; file: string; url: string }
  | { ok: false; file: string; reason: string };

/**
 * Where to fetch the scene from. Only same-origin http(s) addresses are accepted: a scene decides
 * what visitors read, so a link such as `?scene=https://evil.example/x.json` must not be able to
 * put someone else's text on this site.
 */
export function resolveSceneLocation(param: string | null | undefined, pageHref: string): SceneLocation {
  const file = param?.trim() || DEFAULT_SCENE_PATH;
  const page = new URL(pageHref);
  let target: URL;
  try {
    target = new URL(file, page);
  } catch {
    return { ok: false, file, reason: `"${file}" is not a valid address for a scene file.` };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return {
      ok: false,
      file,
      reason: `Refused to load "${file}": scene files are loaded over http(s) from this site only, not with the ${target.protocol} scheme.`,
    };
  }
  if (target.origin !== page.origin) {
    return {
      ok: false,
      file,
      reason: `Refused to load "${file}": scene files can only be loaded from this site (${page.origin}), and this address points to ${target.origin}.`,
    };
  }
  return { ok: true, file, url: target.href };
}

export interface LoadSceneOptions {
  /** `window.fetch` in the app; a fake in tests. */
  fetch: typeof fetch;
  /** The page's address (`location.href`), against which relative paths are resolved. */
  pageHref: string;
  signal?: AbortSignal;
  /** Told as the file's bytes arrive (the loading screen's percent). */
  onBytes?: OnBytes;
}

/** Loads and validates a scene; never throws. The result is `ready` or `error`, never `loading`. */
export async function loadScene(param: string | null | undefined, options: LoadSceneOptions): Promise<SceneState> {
  const location = resolveSceneLocation(param, options.pageHref);
  const failed = (loadError: string): SceneState => ({
    status: 'error',
    file: location.file,
    layout: undefined,
    diagnostics: [],
    diagnosticTotals: { errors: 0, warnings: 0 },
    loadError,
  });
  if (!location.ok) return failed(location.reason);

  let bytes: Uint8Array;
  try {
    const request: RequestInit = {
      credentials: 'same-origin',
      // `*/*` would make a single-page-app server answer a missing file with index.html and 200.
      headers: { Accept: 'application/json' },
    };
    if (options.signal) request.signal = options.signal;
    const response = await options.fetch(location.url, request);
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return failed(
        response.status === 404
          ? `Scene file not found: ${location.file} (HTTP ${status}). Check the path in the address.`
          : `Could not load ${location.file}: the server answered HTTP ${status}.`,
      );
    }
    const type = response.headers.get('content-type') ?? '';
    if (/^\s*text\/html/i.test(type)) {
      return failed(`${location.file} is not a scene file: the server sent a web page instead. Check the path in the address.`);
    }
    bytes = await readResponseBytes(response, options.onBytes);
  } catch (reason) {
    if (options.signal?.aborted) throw reason;
    const detail = reason instanceof Error ? reason.message : String(reason);
    return failed(`Could not load ${location.file}: the network request failed (${detail}).`);
  }

  try {
    const result = parseSceneBytes(bytes);
    return {
      status: result.ok && result.layout ? 'ready' : 'error',
      file: location.file,
      layout: result.layout,
      diagnostics: result.diagnostics,
      diagnosticTotals: result.totals,
      loadError: undefined,
    };
  } catch (reason) {
    // parseScene promises not to throw; if it ever does, the visitor still gets a message.
    const detail = reason instanceof Error ? reason.message : String(reason);
    return failed(`Could not read ${location.file}: ${echoText(detail.split(/\r\n|\r|\n/, 1)[0] ?? '')}`);
  }
}

/**
 * Puts the store into `loading`, loads, then stores the outcome; reports the download and the
 * parse to `progress` (the app's loading store by default) as they happen.
 */
export async function loadSceneInto(store: SceneStore, param: string | null | undefined, options: LoadSceneOptions, progress: LoadingStore = loadingStore): Promise<void> {
  resetLoading(progress);
  store.setState({
    status: 'loading',
    file: resolveSceneLocation(param, options.pageHref).file,
    layout: undefined,
    diagnostics: [],
    diagnosticTotals: { errors: 0, warnings: 0 },
    loadError: undefined,
  });
  const outcome = await loadScene(param, {
    ...options,
    onBytes: (bytes, totalBytes) => {
      recordSceneBytes(progress, bytes, totalBytes);
      options.onBytes?.(bytes, totalBytes);
    },
  });
  recordSceneParsed(progress);
  store.setState(outcome);
}
