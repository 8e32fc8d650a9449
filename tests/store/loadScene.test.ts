import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createLoadingStore, createSceneStore, DEFAULT_SCENE_PATH, loadScene, loadSceneInto, resolveSceneLocation } from '../../src/store';

const PAGE = 'https://expo.example/app/index.html?scene=whatever';
const minimal = readFileSync('tests/fixtures/valid/minimal.json', 'utf8');

type FetchArgs = Parameters<typeof fetch>;

/** A fetch that answers every request with the given body and status, and records the calls. */
function fakeFetch(body: BodyInit, init: ResponseInit = {}) {
  return vi.fn(async (..._args: FetchArgs) => new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' }, ...init }));
}

describe('resolveSceneLocation', () => {
  it('uses the default expo when no scene is given', () => {
    expect(resolveSceneLocation(null, PAGE)).toEqual({ ok: true, file: DEFAULT_SCENE_PATH, url: `https://expo.example/app/${DEFAULT_SCENE_PATH}` });
    expect(resolveSceneLocation('  ', PAGE)).toMatchObject({ ok: true, file: DEFAULT_SCENE_PATH });
  });

  it('resolves relative and absolute paths on this site against the page', () => {
    expect(resolveSceneLocation('scenes/hard-tech-2023.json', PAGE)).toMatchObject({ ok: true, url: 'https://expo.example/app/scenes/hard-tech-2023.json' });
    expect(resolveSceneLocation('/other/x.json', PAGE)).toMatchObject({ ok: true, url: 'https://expo.example/other/x.json' });
    expect(resolveSceneLocation('https://expo.example/y.json', PAGE)).toMatchObject({ ok: true });
  });

  it.each([
    ['https://evil.example/x.json', 'https://evil.example'],
    ['//evil.example/x.json', 'https://evil.example'],
    ['http://expo.example/x.json', 'http://expo.example'],
    ['https://expo.example:8443/x.json', 'https://expo.example:8443'],
  ])('refuses %s, which is on another origin', (param, origin) => {
    const location = resolveSceneLocation(param, PAGE);
    expect(location.ok).toBe(false);
    if (!location.ok) {
      expect(location.reason).toContain('Refused');
      expect(location.reason).toContain(origin);
      expect(location.file).toBe(param);
    }
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'blob:https://expo.example/1234'])('refuses the non-http scheme of %s', (param) => {
    const location = resolveSceneLocation(param, PAGE);
    expect(location.ok).toBe(false);
    if (!location.ok) expect(location.reason).toMatch(/Refused.*scheme/);
  });
});

describe('loadScene', () => {
  it('loads a valid scene and keeps its warnings', async () => {
    const document = JSON.parse(minimal) as { exhibitors: unknown[] };
    document.exhibitors.push({ id: 'lonely', name: { en: 'Lonely Ltd' }, country: 'CN' });
    const fetch = fakeFetch(JSON.stringify(document, null, 2));
    const state = await loadScene('scenes/x.json', { fetch, pageHref: PAGE });
    expect(state.status).toBe('ready');
    expect(state.file).toBe('scenes/x.json');
    expect(state.layout?.booths.length).toBe(10);
    expect(state.loadError).toBeUndefined();
    expect(state.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.rule])).toEqual([['warning', 'exhibitor-without-booth']]);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('https://expo.example/app/scenes/x.json');
    expect(new Headers(init?.headers).get('Accept')).toBe('application/json');
  });

  it('refuses a cross-origin scene without fetching it', async () => {
    const fetch = fakeFetch(minimal);
    const state = await loadScene('https://evil.example/x.json', { fetch, pageHref: PAGE });
    expect(fetch).not.toHaveBeenCalled();
    expect(state).toMatchObject({ status: 'error', file: 'https://evil.example/x.json', layout: undefined, diagnostics: [] });
    expect(state.loadError).toMatch(/only be loaded from this site \(https:\/\/expo\.example\)/);
  });

  it('says the file was not found on a 404', async () => {
    const state = await loadScene('scenes/missing.json', { fetch: fakeFetch('nope', { status: 404, statusText: 'Not Found' }), pageHref: PAGE });
    expect(state.status).toBe('error');
    expect(state.loadError).toBe('Scene file not found: scenes/missing.json (HTTP 404 Not Found). Check the path in the address.');
  });

  it('reports other HTTP failures with their status', async () => {
    const state = await loadScene(null, { fetch: fakeFetch('', { status: 503, statusText: 'Service Unavailable' }), pageHref: PAGE });
    expect(state.loadError).toBe(`Could not load ${DEFAULT_SCENE_PATH}: the server answered HTTP 503 Service Unavailable.`);
  });

  it('reports a network failure', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const state = await loadScene('scenes/x.json', { fetch, pageHref: PAGE });
    expect(state.status).toBe('error');
    expect(state.loadError).toBe('Could not load scenes/x.json: the network request failed (Failed to fetch).');
  });

  it('recognises a web page served in place of a scene', async () => {
    const fetch = fakeFetch('<!doctype html><html></html>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    const state = await loadScene('scenes/x.json', { fetch, pageHref: PAGE });
    expect(state.loadError).toMatch(/is not a scene file: the server sent a web page/);
  });

  it('turns invalid JSON into a diagnostic with its line and column', async () => {
    const state = await loadScene('scenes/x.json', { fetch: fakeFetch('{\n  "version": 1,\n  "expo": {,\n}'), pageHref: PAGE });
    expect(state.status).toBe('error');
    expect(state.loadError).toBeUndefined();
    expect(state.layout).toBeUndefined();
    expect(state.diagnostics.length).toBeGreaterThan(0);
    expect(state.diagnostics[0]).toMatchObject({ severity: 'error', line: 3 });
  });

  it('turns schema errors into diagnostics with their JSON path', async () => {
    const document = JSON.parse(minimal) as { booths: { positionM: unknown[] }[] };
    const first = document.booths[0];
    if (first) first.positionM = [6, 'six'];
    const state = await loadScene('scenes/x.json', { fetch: fakeFetch(JSON.stringify(document, null, 2)), pageHref: PAGE });
    expect(state.status).toBe('error');
    expect(state.loadError).toBeUndefined();
    const [diagnostic] = state.diagnostics;
    expect(diagnostic).toMatchObject({ severity: 'error', path: ['booths', 0, 'positionM', 1] });
    expect(diagnostic?.message).toContain('must be a number');
    expect(diagnostic?.line).toBeGreaterThan(1);
  });
});

describe('loadScene on files the validator must refuse', () => {
  it('reads the bytes, so a GBK file is refused with its encoding named instead of shown as mojibake', async () => {
    const gbk = readFileSync('tests/fixtures/invalid/encoding-gbk.json');
    const state = await loadScene('scenes/x.json', { fetch: fakeFetch(new Uint8Array(gbk)), pageHref: PAGE });
    expect(state.status).toBe('error');
    expect(state.diagnostics).toEqual([
      {
        severity: 'error',
        rule: 'file-encoding',
        message: 'this file looks like GBK, not UTF-8: save it as UTF-8 (byte 0xB2 here is the first that is not UTF-8)',
        path: [],
        line: 6,
        column: 23,
      },
    ]);
  });

  it('keeps the capped list and the count of every problem', async () => {
    const flooded = readFileSync('tests/fixtures/invalid/thousand-errors.json', 'utf8');
    const state = await loadScene('scenes/x.json', { fetch: fakeFetch(flooded), pageHref: PAGE });
    expect(state.diagnostics).toHaveLength(200);
    expect(state.diagnosticTotals).toEqual({ errors: 1000, warnings: 0 });
  });

  it('refuses 20 KB of nested brackets with a position instead of a stack overflow', async () => {
    const state = await loadScene('scenes/x.json', { fetch: fakeFetch('['.repeat(20_000)), pageHref: PAGE });
    expect(state.loadError).toBeUndefined();
    expect(state.diagnostics).toMatchObject([{ rule: 'nesting-too-deep', line: 1, column: 65 }]);
  });
});

describe('loadSceneInto', () => {
  it('shows loading with the file name, then the result', async () => {
    const store = createSceneStore();
    const seen: string[] = [];
    store.subscribe((state) => seen.push(`${state.status} ${state.file}`));
    await loadSceneInto(store, 'scenes/x.json', { fetch: fakeFetch(minimal), pageHref: PAGE });
    expect(seen).toEqual(['loading scenes/x.json', 'ready scenes/x.json']);
    expect(store.getState().layout?.scene.expo.id).toBe('test-expo');
  });

  it('raises the loading percent with the file’s bytes as they arrive, then by the parse', async () => {
    const bytes = new TextEncoder().encode(minimal);
    const half = Math.floor(bytes.length / 2);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, half));
        controller.enqueue(bytes.slice(half));
        controller.close();
      },
    });
    const fetch = vi.fn(async () => new Response(body, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(bytes.length) } }));
    const progress = createLoadingStore();
    const percents: number[] = [];
    progress.subscribe((state) => percents.push(state.percent));
    await loadSceneInto(createSceneStore(), 'scenes/x.json', { fetch, pageHref: PAGE }, progress);
    // Reset, half the bytes (15 of the file's 30), all of them, then the parse's 10.
    expect([...new Set(percents)]).toEqual([0, 15, 30, 40]);
  });
});
