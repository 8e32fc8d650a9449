/**
 * Exhibit models in the built app: the default expo loads its compressed model files from this
 * site only (the Draco decoder and its worker included), each model replacing its placeholder
 * boxes as it arrives; broken files (missing, a web page, cut off, corrupt, random bytes, absurd
 * sizes, no scene) leave their boxes and one notice each in the visitor's words (which exhibits,
 * that a stand-in is shown; never the raw error, which goes to the console once per model), and
 * the rest of the hall keeps loading and rendering. Under the README's strict policy every model
 * loads with no violation; under a policy with one gap the console names that gap.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browserSession';
import { openWatchedPage, readExpoStats, restrictToOrigin, waitForExpoReady, waitForModelsSettled } from './chromium';
import { MODEL_SPECS } from '../../scripts/content/models';
import { compressDraco } from '../../scripts/models/codecs';
import { GENERATORS } from '../../scripts/models/generators';
import { buildSources } from '../../scripts/models/pipeline';
import { createExhibitBatches } from '../../src/render';
import { readLayout, readSceneText } from './sceneFiles';
import { cspViolations, enforceCsp, POLICY_GAPS, PRODUCTION_CSP } from './csp';
import { expoAddress } from './expoAddress';

const DEFAULT_SCENE = 'scenes/mianyang-2023.json';

/** The files the app asks for per model of the default expo: every level, coarsest first (read once). */
const MODEL_FILES: ReadonlyMap<string, readonly string[]> = (() => {
  const files = new Map<string, string[]>();
  for (const { modelId, file } of createExhibitBatches(readLayout(DEFAULT_SCENE)).requests) files.set(modelId, [...(files.get(modelId) ?? []), file]);
  return files;
})();

/** Every file of the default expo the app asks for. */
const USED_FILE_COUNT = [...MODEL_FILES.values()].reduce((sum, files) => sum + files.length, 0);

/** A model the pipeline has built from the start; the tests rely on it loading (`file`: its LOD0). */
const KNOWN_GOOD = { id: 'model-pedestal', file: MODEL_FILES.get('model-pedestal')?.at(-1) ?? '' };

/** The default expo's exhibits per model (read from the scene file, not through the app). */
const EXHIBITS_BY_MODEL: ReadonlyMap<string, { title: { en?: string; zh?: string }; role?: string }[]> = (() => {
  const scene = JSON.parse(readSceneText(DEFAULT_SCENE)) as { exhibits: { model: string; title: { en?: string; zh?: string }; role?: string }[] };
  const byModel = new Map<string, { title: { en?: string; zh?: string }; role?: string }[]>();
  for (const exhibit of scene.exhibits) byModel.set(exhibit.model, [...(byModel.get(exhibit.model) ?? []), exhibit]);
  return byModel;
})();

/** Error texts of loaders, decoders and the browser that a visitor must never see. */
const RAW_ERROR_TEXT = /RangeError|TypeError|SyntaxError|Invalid typed array length|Cannot read properties|updateMatrixWorld|HTTP 404|\.glb|model-[a-z]|Content-Security-Policy|wasm/;

const session = useBrowserSession();

/**
 * The English notice for `modelId`, made from the scene file: the exhibits by title when one or two
 * (of different titles) share the model, counted otherwise (as furniture when all of them are), and
 * the stand-in.
 */
function expectedNotice(modelId: string): string {
  const exhibits = EXHIBITS_BY_MODEL.get(modelId) ?? [];
  const subject =
    exhibits.length <= 2 && new Set(exhibits.map((exhibit) => exhibit.title.en)).size === exhibits.length
      ? exhibits.map((exhibit) => `“${exhibit.title.en}”`).join(' and ')
      : exhibits.every((exhibit) => exhibit.role === 'furniture')
        ? `${exhibits.length} pieces of stand furniture`
        : `${exhibits.length} exhibits`;
  return `${subject}: the 3D model could not be loaded, so a stand-in is shown in its place.`;
}

/** A binary glTF of `json` and one binary chunk. */
function glbOf(json: object, bin: Buffer): Buffer {
  const jsonBytes = Buffer.from(JSON.stringify(json).padEnd(Math.ceil(JSON.stringify(json).length / 4) * 4, ' '));
  const header = Buffer.alloc(12);
  header.writeUInt32LE(0x46546c67, 0);
  header.writeUInt32LE(2, 4);
  header.writeUInt32LE(12 + 8 + jsonBytes.length + 8 + bin.length, 8);
  const chunk = (type: number, body: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32LE(body.length, 0);
    head.writeUInt32LE(type, 4);
    return Buffer.concat([head, body]);
  };
  return Buffer.concat([header, chunk(0x4e4f534a, jsonBytes), chunk(0x004e4942, bin)]);
}

/** The visitor's notices, one per model. */
async function modelWarnings(page: Page): Promise<string[]> {
  return (await page.locator('[data-testid="model-warnings"] li.model-warning').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** The notice of `modelId`, as the panel shows it. */
async function noticeOf(page: Page, modelId: string): Promise<string[]> {
  return (await page.locator(`[data-testid="model-warnings"] li.model-warning[data-model-id="${modelId}"]`).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** Records the page's `console.warn` messages (the curators' technical causes). */
function watchWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

/** The causes logged for `modelId`: one message per model, however many of its files failed. */
const causesOf = (warnings: readonly string[], modelId: string): string[] => warnings.filter((warning) => warning.startsWith(`model '${modelId}': `));

/** The codec of the committed model files, as the pipeline's manifest says. */
function servedCodec(): string {
  return (JSON.parse(readFileSync('public/models/manifest.json', 'utf8')) as { codec: string }).codec;
}


describe('exhibit models', () => {
  it('loads the compressed models of the default expo from this site only, with the decoder of the served codec', async () => {
    const { page, context, requests, pageErrors, consoleErrors } = await openWatchedPage(session.browser);
    const offOrigin = await restrictToOrigin(page, session.baseUrl);
    await page.goto(expoAddress(session.baseUrl));
    await waitForExpoReady(page);
    const first = await readExpoStats(page);

    const stats = await waitForModelsSettled(page);
    const warnings = await modelWarnings(page);
    console.info(
      `default expo model files: ${stats.modelsLoaded} loaded, ${stats.modelsFailed} not (yet) available of ${stats.modelsRequested}; ` +
        `${stats.calls} draw calls, ${stats.triangles} triangles (${first.triangles} with boxes only), ` +
        `${stats.visibleInstances} exhibits in view, per level ${stats.lodCounts.join('/')}`,
    );
    expect(stats.modelsRequested).toBe(USED_FILE_COUNT);
    // Every level file of every model, each model's files listed coarsest first.
    for (const files of MODEL_FILES.values()) {
      expect(files.length).toBeGreaterThanOrEqual(1);
      for (const file of files) expect(requests).toContain(`${session.baseUrl}${file}`);
      expect(files.map((file) => Number(/lod(\d)\.glb$/.exec(file)?.[1]))).toEqual(files.map((_, index) => files.length - 1 - index));
    }
    // Culled per instance: some exhibits in view, not all, each counted at one level.
    expect(stats.visibleInstances).toBeGreaterThan(0);
    expect(stats.lodCounts.reduce((sum, count) => sum + count, 0)).toBe(stats.visibleInstances);
    expect(stats.modelsLoaded).toBeGreaterThanOrEqual(1);
    expect(warnings).toEqual([]);
    expect(stats.modelsFailed).toBe(0);
    expect(requests).toContain(`${session.baseUrl}${KNOWN_GOOD.file}`);
    // The decoder of the served codec came from this site (Draco's from its draco/ folder, not a
    // CDN; meshopt's from the app's own bundle); nothing left the origin.
    const dracoFiles = [`${session.baseUrl}draco/draco_worker.js`, `${session.baseUrl}draco/draco_decoder.wasm`];
    if (servedCodec() === 'draco') {
      for (const file of dracoFiles) expect(requests).toContain(file);
    } else {
      expect(requests.filter((url) => dracoFiles.includes(url))).toEqual([]);
      expect(requests.some((url) => url.startsWith(`${session.baseUrl}assets/meshopt_decoder`))).toBe(true);
    }
    expect(offOrigin).toEqual([]);
    // Not even a blob: worker: the decoders run from files of this site.
    expect(requests.filter((url) => !url.startsWith(session.baseUrl))).toEqual([]);
    // At most one draw call per loaded (model, level) on top of the few of the halls.
    expect(stats.calls).toBeGreaterThan(0);
    expect(stats.calls).toBeLessThan(200);
    expect(stats.calls).toBeLessThanOrEqual(first.calls + stats.modelsLoaded);
    // Models replaced boxes (drawn when the first frame still had boxes only).
    if (first.modelsDrawn === 0) expect(stats.triangles).not.toBe(first.triangles);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('decodes a Draco-compressed model (the gltf-pipeline path) with the decoder from this site', async () => {
    const { page, context, requests, pageErrors, consoleErrors } = await openWatchedPage(session.browser);
    const offOrigin = await restrictToOrigin(page, session.baseUrl);
    // The pedestal's file, as gltf-pipeline compresses it, in place of the served one.
    const file = KNOWN_GOOD.file;
    const level = Number(/lod(\d)\.glb$/.exec(file)?.[1] ?? 0);
    const pedestal = GENERATORS.find((generator) => generator.name === 'pedestal');
    if (!pedestal) throw new Error('no pedestal generator');
    const sources = await buildSources(pedestal, MODEL_SPECS.pedestal.sizeM);
    const draco = Buffer.from(await compressDraco(sources[level]?.source ?? new Uint8Array()));
    await page.route(`${session.baseUrl}${file}`, (route) => route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: draco }));

    await page.goto(expoAddress(session.baseUrl));
    await waitForExpoReady(page);
    const stats = await waitForModelsSettled(page);
    expect(await noticeOf(page, KNOWN_GOOD.id)).toEqual([]);
    expect(stats.modelsLoaded).toBeGreaterThanOrEqual(1);
    for (const decoderFile of ['draco/draco_worker.js', 'draco/draco_decoder.wasm']) expect(requests).toContain(`${session.baseUrl}${decoderFile}`);
    expect(requests.filter((url) => url.startsWith('blob:'))).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the boxes, tells visitors which exhibits show a stand-in (never the raw error), logs each cause once, and loads the rest', async () => {
    const { page, context, pageErrors, consoleErrors } = await openWatchedPage(session.browser);
    const consoleWarnings = watchWarnings(page);
    const offOrigin = await restrictToOrigin(page, session.baseUrl);
    const good = readFileSync(`public/${KNOWN_GOOD.file}`);
    const corruptPayload = Buffer.from(good);
    // Keep the GLB header and JSON chunk; scramble the compressed payload in the binary chunk.
    const binStart = 20 + corruptPayload.readUInt32LE(12) + 8;
    for (let index = binStart; index < corruptPayload.length; index += 1) corruptPayload[index] = (index * 131) & 0xff;
    const random = Buffer.from(Array.from({ length: 5000 }, (_, index) => (index * 7919 + 17) % 256));
    // The two raw errors of issue 11: an accessor of 4,000,000,000 elements (GLTFLoader throws
    // "RangeError: Invalid typed array length: 4000000000") and a glTF without a scene (which
    // used to end in "Cannot read properties of undefined (reading 'updateMatrixWorld')").
    const hugeAccessor = glbOf(
      {
        asset: { version: '2.0' },
        scene: 0,
        scenes: [{ nodes: [0] }],
        nodes: [{ mesh: 0 }],
        meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
        buffers: [{ byteLength: 12 }],
        bufferViews: [{ buffer: 0, byteLength: 12 }],
        accessors: [{ bufferView: 0, componentType: 5126, count: 4_000_000_000, type: 'SCALAR' }],
      },
      Buffer.alloc(12),
    );
    const noScene = JSON.stringify({ asset: { version: '2.0' } });

    const models = MODEL_FILES;
    // One level file broken per model, LOD0 for most, the coarsest for one (its box shows until LOD1 is in).
    const brokenLevel: Record<string, number> = { 'model-chair': 2 };
    const files = new Map([...models].map(([id, list]) => [id, list[list.length - 1 - (brokenLevel[id] ?? 0)]]));
    const gltf = (body: string): Parameters<Page['route']>[1] => (route) => route.fulfill({ status: 200, contentType: 'model/gltf+json', body });
    // `cause`: what the console says for curators.
    const broken: { id: string; serve: Parameters<Page['route']>[1]; cause: string }[] = [
      { id: 'model-tokamak', serve: (route) => route.fulfill({ status: 404, body: 'Not Found' }), cause: 'could not be loaded (HTTP 404)' },
      {
        id: 'model-screen',
        serve: (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body>Expo</body></html>' }),
        cause: 'is not a glTF file (the server sent a web page instead; is the file missing?)',
      },
      {
        id: 'model-banner',
        serve: (route) => route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: good.subarray(0, Math.floor(good.length / 3)) }),
        cause: 'is damaged (it ends after',
      },
      { id: 'model-chair', serve: (route) => route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: random }), cause: 'is not a glTF file (it starts with the bytes' },
      { id: 'model-plant', serve: (route) => route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: corruptPayload }), cause: 'is damaged (' },
      { id: 'model-rocket', serve: (route) => route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: hugeAccessor }), cause: 'is damaged (RangeError: Invalid typed array length: 4000000000)' },
      { id: 'model-fast-dish', serve: gltf(noScene), cause: 'has no mesh to show' },
    ];
    for (const { id, serve } of broken) {
      const file = files.get(id);
      if (!file) throw new Error(`the default expo no longer uses ${id}; pick another model to break`);
      await page.route(`${session.baseUrl}${file}`, serve);
    }

    await page.goto(expoAddress(session.baseUrl));
    await waitForExpoReady(page);
    const stats = await waitForModelsSettled(page);
    const warnings = await modelWarnings(page);
    console.info(`broken models: ${stats.modelsLoaded} loaded, ${stats.modelsFailed} failed; notices:\n  ${warnings.join('\n  ')}`);

    // Visitors: which exhibits (by title when one or two share the model, counted when more), and
    // that a stand-in is shown; nothing of files or errors.
    for (const { id } of broken) expect(await noticeOf(page, id), id).toEqual([expectedNotice(id)]);
    expect(await noticeOf(page, 'model-fast-dish')).toEqual(['“China Sky Eye: FAST radio telescope (model)”: the 3D model could not be loaded, so a stand-in is shown in its place.']);
    expect(await noticeOf(page, 'model-tokamak')).toEqual(['35 exhibits: the 3D model could not be loaded, so a stand-in is shown in its place.']);
    expect(warnings).toHaveLength(broken.length);
    const panelText = await page.locator('[data-testid="warnings-panel"]').innerText();
    expect(panelText).not.toMatch(RAW_ERROR_TEXT);
    expect(await page.locator('body').innerText()).not.toMatch(/RangeError|Invalid typed array length|Cannot read properties|updateMatrixWorld/);
    expect(await page.locator('[data-testid="warnings-panel"] h2').innerText()).toBe(`${broken.length} 3D models could not be loaded`);

    // Curators: each technical cause in the console, once per model, naming the file.
    for (const { id, cause } of broken) {
      const logged = causesOf(consoleWarnings, id);
      expect(logged, id).toHaveLength(1);
      expect(logged[0], id).toContain(`model '${id}': ${files.get(id)} ${cause}`);
    }

    // The same notices in Chinese, with the exhibit's Chinese title.
    await page.getByRole('button', { name: 'Switch labels to Chinese' }).click();
    const dish = EXHIBITS_BY_MODEL.get('model-fast-dish')?.[0]?.title.zh;
    expect(await noticeOf(page, 'model-fast-dish')).toEqual([`“${dish}”：三维模型未能加载，现以替代模型显示在原处。`]);
    expect(await noticeOf(page, 'model-tokamak')).toEqual(['35 件展品：三维模型未能加载，现以替代模型显示在原处。']);
    expect(await page.locator('[data-testid="warnings-panel"]').innerText()).not.toMatch(RAW_ERROR_TEXT);

    expect(stats.modelsFailed).toBe(broken.length);
    expect(stats.modelsLoaded).toBeGreaterThanOrEqual(1);
    // Only the broken files failed: the other levels of those models loaded.
    expect(stats.modelsLoaded + broken.length).toBe(stats.modelsRequested);
    expect(await noticeOf(page, KNOWN_GOOD.id)).toEqual([]);
    // The hall is still there, boxes and all. (No screenshot: with every model at LOD0 a software-
    // rendered frame takes seconds, and a screenshot asks for several.)
    expect(await page.evaluate(() => document.documentElement.dataset.expoReady)).toBe('1');
    expect(stats.calls).toBeGreaterThan(0);
    expect(stats.triangles).toBeGreaterThan(0);
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
    // Logged by the browser, not by the app: the 404.
    expect(consoleErrors.filter((message) => !/^Failed to load resource: the server responded with a status of 404/.test(message))).toEqual([]);
    await context.close();
  });

  it("loads every model under the README's strict policy (worker-src 'self', img-src 'self', Trusted Types) with no violation, Draco and meshopt alike", async () => {
    const { page, context, requests, pageErrors, consoleErrors } = await openWatchedPage(session.browser);
    const consoleWarnings = watchWarnings(page);
    await restrictToOrigin(page, session.baseUrl);
    await enforceCsp(page, session.baseUrl, PRODUCTION_CSP);
    // One Draco file among the meshopt ones: both decoders start under the policy.
    await serveDracoPedestal(page);
    await page.goto(expoAddress(session.baseUrl));
    await waitForExpoReady(page);
    const stats = await waitForModelsSettled(page);
    console.info(`strict policy: ${stats.modelsLoaded} of ${stats.modelsRequested} model files loaded, ${(await cspViolations(page)).length} violations`);
    expect(stats.modelsLoaded).toBe(stats.modelsRequested);
    expect(stats.modelsFailed).toBe(0);
    expect(await modelWarnings(page)).toEqual([]);
    expect(requests).toContain(`${session.baseUrl}draco/draco_worker.js`);
    expect(requests).toContain(`${session.baseUrl}favicon.svg`);
    expect(requests.filter((url) => url.startsWith('blob:') || url.startsWith('data:'))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(consoleWarnings.filter((warning) => warning.startsWith('model '))).toEqual([]);
    // The README gives deployments this very policy.
    expect(readFileSync('README.md', 'utf8')).toContain(`Content-Security-Policy: ${PRODUCTION_CSP}\n`);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  // Each gap of the strict policy, the directive the console must name for the Draco pedestal, and
  // the one violation the probe of that decoder causes (no more: the decoders do not start).
  const gaps: { name: keyof typeof POLICY_GAPS; named: string; notNamed: string[]; violation: RegExp; meshoptLoads: boolean }[] = [
    { name: 'noWasm', named: "script-src needs 'wasm-unsafe-eval'", notNamed: ['worker-src', 'Trusted Types'], violation: /^script-src wasm-eval$/, meshoptLoads: false },
    { name: 'noWorkers', named: "worker-src must allow 'self'", notNamed: ['wasm-unsafe-eval', 'Trusted Types'], violation: /^worker-src http:\/\/127\.0\.0\.1:\d+\/draco\/draco_worker\.js$/, meshoptLoads: true },
    { name: 'otherTrustedTypes', named: 'add "trusted-types cloud-expo"', notNamed: ['wasm-unsafe-eval', 'worker-src'], violation: /^trusted-types trusted-types-policy$/, meshoptLoads: true },
  ];
  for (const gap of gaps) {
    it(`names the gap of a policy without ${gap.name === 'noWasm' ? "'wasm-unsafe-eval'" : gap.name === 'noWorkers' ? "worker-src 'self'" : 'the app\'s Trusted Types policy'} for the curator, and tells visitors only of the stand-in`, async () => {
      const { page, context, pageErrors, consoleErrors } = await openWatchedPage(session.browser);
      const consoleWarnings = watchWarnings(page);
      await restrictToOrigin(page, session.baseUrl);
      await enforceCsp(page, session.baseUrl, POLICY_GAPS[gap.name]);
      await serveDracoPedestal(page);
      await page.goto(expoAddress(session.baseUrl));
      await waitForExpoReady(page);
      // Settles in seconds: a blocked decoder is never started, so no load waits for the 60 s timeout.
      const stats = await waitForModelsSettled(page, 30_000);
      const violations = await cspViolations(page);
      const pedestal = causesOf(consoleWarnings, KNOWN_GOOD.id);
      console.info(`${gap.name}: ${stats.modelsLoaded} loaded, ${stats.modelsFailed} failed; violations ${JSON.stringify(violations)}; pedestal: ${pedestal.join(' | ')}`);
      expect(pedestal).toHaveLength(1);
      expect(pedestal[0]).toContain(gap.named);
      for (const wrong of gap.notNamed) expect(pedestal[0]).not.toContain(wrong);
      // Visitors see which exhibits show a stand-in, not the policy.
      expect(await noticeOf(page, KNOWN_GOOD.id)).toEqual([expectedNotice(KNOWN_GOOD.id)]);
      expect(await page.locator('[data-testid="warnings-panel"]').innerText()).not.toMatch(RAW_ERROR_TEXT);
      if (gap.meshoptLoads) {
        // Only the Draco file failed: the meshopt decoder needs no worker and no Trusted Types.
        expect(stats.modelsFailed).toBe(1);
        expect(stats.modelsLoaded).toBe(stats.modelsRequested - 1);
      } else {
        expect(stats.modelsLoaded).toBe(0);
        // Every meshopt model blames WebAssembly too.
        expect(causesOf(consoleWarnings, 'model-tokamak')[0]).toContain("the meshopt decoder compile its WebAssembly (script-src needs 'wasm-unsafe-eval')");
      }
      expect(violations).toHaveLength(1);
      expect(violations[0]).toMatch(gap.violation);
      expect(pageErrors).toEqual([]);
      // Only the browser's own report of the refusal, if it logs one.
      expect(consoleErrors.filter((message) => !/violates the following Content Security Policy directive/i.test(message))).toEqual([]);
      await context.close();
    });
  }
});

/** Serves the pedestal's file Draco-compressed (as gltf-pipeline makes it) in place of the meshopt one. */
async function serveDracoPedestal(page: Page): Promise<void> {
  const level = Number(/lod(\d)\.glb$/.exec(KNOWN_GOOD.file)?.[1] ?? 0);
  const pedestal = GENERATORS.find((generator) => generator.name === 'pedestal');
  if (!pedestal) throw new Error('no pedestal generator');
  const sources = await buildSources(pedestal, MODEL_SPECS.pedestal.sizeM);
  const draco = Buffer.from(await compressDraco(sources[level]?.source ?? new Uint8Array()));
  await page.route(`${session.baseUrl}${KNOWN_GOOD.file}`, (route) => route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: draco }));
}
