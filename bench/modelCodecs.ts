/**
 * `npm run bench:models`: Draco (gltf-pipeline) against meshopt (glTF-Transform,
 * EXT_meshopt_compression) on our own models. For every generator and level of detail it builds the
 * uncompressed source GLB, compresses it both ways, records bytes and gzip bytes (node:zlib, level
 * 9), then times decode + parse of every file in headless Chromium with three's GLTFLoader (median
 * of several parses of already-fetched buffers; decoder start-up timed apart). Writes
 * bench/results/model-codecs.json and the table between the model-codecs markers of
 * docs/performance.md. It only reports: the pipeline's DEFAULT_CODEC is chosen by a person.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer, type Plugin } from 'vite';
import { MODEL_SPECS } from '../scripts/content/models';
import { Logger } from '@gltf-transform/core';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { compressDraco, compressMeshopt, modelIO } from '../scripts/models/codecs';
import { GENERATORS } from '../scripts/models/generators';
import { buildSources } from '../scripts/models/pipeline';
import { LOD_LEVELS, type LodLevel } from '../scripts/models/types';
import { launchChromium } from '../tests/e2e/chromium';
import type { BenchCodec, BenchConfig, BenchResult } from './codecPage/main';

const REPETITIONS = 7;
const BATCH_REPETITIONS = 5;
/** As the app's parser (src/render/createGltfParser.ts). */
const DRACO_WORKERS = 2;
const RESULTS_PATH = 'bench/results/model-codecs.json';
const DOC_PATH = 'docs/performance.md';
const CODECS: readonly BenchCodec[] = ['none', 'draco', 'meshopt', 'meshoptMedium'];

/**
 * For comparison only: glTF-Transform's meshopt at level "medium" (no meshopt filters, 16-bit
 * attributes), which the pipeline's `compressMeshopt` (level "high") replaced.
 */
async function compressMeshoptMedium(glb: Uint8Array): Promise<Uint8Array> {
  const io = await modelIO();
  const document = await io.readBinary(glb);
  document.setLogger(new Logger(Logger.Verbosity.WARN));
  await document.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium' }));
  return io.writeBinary(document);
}

interface FileRow {
  model: string;
  level: LodLevel;
  codec: BenchCodec;
  triangles: number;
  bytes: number;
  gzipBytes: number;
  /** Median parse wall time, ms (filled in after the browser run). */
  parseMs: number;
  url: string;
}

const gzipBytes = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).byteLength;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

// 1. Build and compress every model at every level.
const served = new Map<string, Uint8Array>();
const rows: FileRow[] = [];
const buildStarted = performance.now();
for (const generator of GENERATORS) {
  const spec = (MODEL_SPECS as Record<string, { sizeM: [number, number, number] } | undefined>)[generator.name];
  if (!spec) {
    console.warn(`skipping ${generator.name}: no entry in scripts/content/models.ts`);
    continue;
  }
  const sources = await buildSources(generator, spec.sizeM);
  for (const source of sources) {
    const files: Record<BenchCodec, Uint8Array> = {
      none: source.source,
      draco: await compressDraco(source.source),
      meshopt: await compressMeshopt(source.source),
      meshoptMedium: await compressMeshoptMedium(source.source),
    };
    for (const codec of CODECS) {
      const bytes = files[codec];
      const url = `files/${codec}/${generator.name}-lod${source.level}.glb`;
      served.set(`/${url}`, bytes);
      rows.push({ model: generator.name, level: source.level, codec, triangles: source.triangles, bytes: bytes.byteLength, gzipBytes: gzipBytes(bytes), parseMs: Number.NaN, url });
    }
  }
  process.stdout.write(`${generator.name} `);
}
console.log(`\nbuilt ${rows.length / CODECS.length} files per codec in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`);
if (rows.length === 0) throw new Error('no model generators: nothing to measure');

// 2. Decoder payloads, as served.
const payload = (path: string) => {
  const bytes = readFileSync(path);
  return { path, bytes: bytes.byteLength, gzipBytes: gzipBytes(bytes) };
};
const decoders = {
  draco: [payload('public/draco/draco_decoder.wasm'), payload('public/draco/draco_wasm_wrapper.js')],
  meshopt: [payload('node_modules/three/examples/jsm/libs/meshopt_decoder.module.js')],
};
const decoderTotal = (list: { bytes: number; gzipBytes: number }[]) => ({
  bytes: list.reduce((sum, one) => sum + one.bytes, 0),
  gzipBytes: list.reduce((sum, one) => sum + one.gzipBytes, 0),
});

// 3. Time decode + parse in Chromium, served by a vite dev server of bench/codecPage/.
const serveFiles: Plugin = {
  name: 'serve-codec-bench-files',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      const bytes = served.get((request.url ?? '').split('?')[0] ?? '');
      if (!bytes) return next();
      response.setHeader('content-type', 'model/gltf-binary');
      response.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
  },
};
const server = await createServer({
  configFile: false,
  root: resolve('bench/codecPage'),
  publicDir: resolve('public'),
  cacheDir: resolve('node_modules/.vite-codec-bench'),
  logLevel: 'warn',
  plugins: [serveFiles],
  // three is plain ESM: serve it as is rather than pre-bundling mid-run (which reloads the page).
  optimizeDeps: { noDiscovery: true, include: [] },
  server: { host: '127.0.0.1', port: 0, strictPort: false, fs: { allow: [resolve('.')] } },
});
await server.listen();
const address = server.httpServer?.address();
if (!address || typeof address === 'string') throw new Error('the bench server has no port');
const baseUrl = `http://127.0.0.1:${address.port}/`;

const browser = await launchChromium();
let result: BenchResult;
try {
  const page = await browser.newPage({ viewport: { width: 640, height: 360 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(baseUrl);
  await page.waitForFunction(() => typeof window.runCodecBench === 'function', undefined, { timeout: 60_000 });
  const config: BenchConfig = {
    files: rows.map((row) => ({ url: row.url, codec: row.codec })),
    repetitions: REPETITIONS,
    batchRepetitions: BATCH_REPETITIONS,
    dracoWorkers: DRACO_WORKERS,
  };
  const benchStarted = performance.now();
  result = await page.evaluate((benchConfig) => {
    const run = window.runCodecBench;
    if (!run) throw new Error('runCodecBench is missing');
    return run(benchConfig);
  }, config);
  console.log(`timed ${rows.length} files × ${REPETITIONS} in ${((performance.now() - benchStarted) / 1000).toFixed(1)} s`);
  if (pageErrors.length > 0) throw new Error(`the bench page failed: ${pageErrors.join('; ')}`);
} finally {
  await browser.close();
  await server.close();
}
for (const row of rows) row.parseMs = median(result.parseMs[row.url] ?? []);

// 4. Summaries.
const sum = (list: readonly FileRow[], key: 'bytes' | 'gzipBytes' | 'parseMs') => list.reduce((total, row) => total + row[key], 0);
const codecRows = (codec: BenchCodec, level?: LodLevel) => rows.filter((row) => row.codec === codec && (level === undefined || row.level === level));
const totals = Object.fromEntries(
  CODECS.map((codec) => {
    const list = codecRows(codec);
    return [
      codec,
      {
        files: list.length,
        bytes: sum(list, 'bytes'),
        gzipBytes: sum(list, 'gzipBytes'),
        parseMsSum: sum(list, 'parseMs'),
        parseMsMedianPerFile: median(list.map((row) => row.parseMs)),
        batchMsMedian: median(result.batchMs[codec]),
      },
    ];
  }),
) as Record<BenchCodec, { files: number; bytes: number; gzipBytes: number; parseMsSum: number; parseMsMedianPerFile: number; batchMsMedian: number }>;
const perLevel = LOD_LEVELS.map((level) => ({
  level,
  triangles: codecRows('none', level).reduce((total, row) => total + row.triangles, 0),
  ...Object.fromEntries(
    CODECS.map((codec) => {
      const list = codecRows(codec, level);
      return [codec, { bytes: sum(list, 'bytes'), gzipBytes: sum(list, 'gzipBytes'), parseMsSum: sum(list, 'parseMs') }];
    }),
  ),
})) as ({ level: LodLevel; triangles: number } & Record<BenchCodec, { bytes: number; gzipBytes: number; parseMsSum: number }>)[];
const warmOf = (url: string) => rows.find((row) => row.url === url)?.parseMs ?? Number.NaN;
const startup = {
  dracoFirstParseMs: result.startup.dracoFirstParseMs,
  dracoStartupMs: result.startup.dracoFirstParseMs - warmOf(result.startup.dracoFirstFile),
  meshoptReadyMs: result.startup.meshoptReadyMs,
  meshoptStartupMs: result.startup.meshoptReadyMs + result.startup.meshoptFirstParseMs - warmOf(result.startup.meshoptFirstFile),
};

const report = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  browser: result.userAgent,
  cores: result.hardwareConcurrency,
  repetitions: REPETITIONS,
  batchRepetitions: BATCH_REPETITIONS,
  dracoWorkers: DRACO_WORKERS,
  models: rows.length / CODECS.length / LOD_LEVELS.length,
  decoders: { draco: { files: decoders.draco, ...decoderTotal(decoders.draco) }, meshopt: { files: decoders.meshopt, ...decoderTotal(decoders.meshopt) } },
  startup,
  totals,
  perLevel,
  files: rows.map(({ url: _url, ...row }) => row),
};
mkdirSync(dirname(RESULTS_PATH), { recursive: true });
writeFileSync(RESULTS_PATH, `${JSON.stringify(report, null, 2)}\n`);

// 5. The table in docs/performance.md.
const integer = new Intl.NumberFormat('en-US');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)} %`;
const NAMES: Record<BenchCodec, string> = {
  none: 'uncompressed (reference)',
  draco: 'Draco (`compressDraco`, gltf-pipeline)',
  meshopt: 'meshopt (`compressMeshopt`, level high): served',
  meshoptMedium: 'meshopt level medium (comparison only)',
};

const totalsTable = [
  '| codec | files | KiB | gzip KiB | gzip vs uncompressed | decode + parse, sum of per-file medians, ms | median per file, ms | all files at once, ms |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...CODECS.map((codec) => {
    const t = totals[codec];
    return `| ${NAMES[codec]} | ${t.files} | ${kb(t.bytes)} | ${kb(t.gzipBytes)} | ${percent(t.gzipBytes, totals.none.gzipBytes)} | ${ms(t.parseMsSum)} | ${ms(t.parseMsMedianPerFile)} | ${ms(t.batchMsMedian)} |`;
  }),
].join('\n');
const levelTable = [
  '| level | triangles | Draco KiB | Draco gzip KiB | meshopt KiB | meshopt gzip KiB | meshopt medium gzip KiB | Draco ms | meshopt ms | meshopt medium ms |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...perLevel.map(
    (row) =>
      `| LOD${row.level} | ${integer.format(row.triangles)} | ${kb(row.draco.bytes)} | ${kb(row.draco.gzipBytes)} | ${kb(row.meshopt.bytes)} | ${kb(row.meshopt.gzipBytes)} | ${kb(row.meshoptMedium.gzipBytes)} | ` +
      `${ms(row.draco.parseMsSum)} | ${ms(row.meshopt.parseMsSum)} | ${ms(row.meshoptMedium.parseMsSum)} |`,
  ),
].join('\n');
const decoderTable = [
  '| decoder | files | KiB | gzip KiB | start-up, ms |',
  '|---|---|---:|---:|---:|',
  `| Draco (three's glTF build, \`public/draco/\`) | ${decoders.draco.map((one) => `\`${one.path.split('/').pop()}\``).join(' + ')} | ${kb(report.decoders.draco.bytes)} | ${kb(report.decoders.draco.gzipBytes)} | ${ms(startup.dracoStartupMs)} |`,
  `| meshopt (\`meshopt_decoder.module.js\`, WebAssembly inlined) | 1 module | ${kb(report.decoders.meshopt.bytes)} | ${kb(report.decoders.meshopt.gzipBytes)} | ${ms(startup.meshoptStartupMs)} |`,
].join('\n');

const d = totals.draco;
const m = totals.meshopt;
const h = totals.meshoptMedium;
const verdict =
  `On this run: meshopt files are ${percent(m.bytes, d.bytes)} of Draco's bytes raw and ${percent(m.gzipBytes, d.gzipBytes)} gzipped ` +
  `(level medium: ${percent(h.gzipBytes, d.gzipBytes)} gzipped); ` +
  `decoding every file took ${ms(d.parseMsSum)} ms with Draco and ${ms(m.parseMsSum)} ms with meshopt (${(d.parseMsSum / m.parseMsSum).toFixed(1)}× faster); ` +
  `the decoders weigh ${kb(report.decoders.draco.gzipBytes)} KiB (Draco) and ${kb(report.decoders.meshopt.gzipBytes)} KiB (meshopt) gzipped.`;

const section = [
  '<!-- model-codecs:start -->',
  `Measured ${report.date} by \`npm run bench:models\`: ${report.models} models × ${LOD_LEVELS.length} levels, Node ${report.node}, headless Chromium (SwiftShader, ${report.cores} cores), ` +
    `three's GLTFLoader on already-fetched buffers, median of ${REPETITIONS} parses per file after a warm-up round; "all files at once" is the median of ${BATCH_REPETITIONS} rounds. ` +
    `Draco decodes in ${DRACO_WORKERS} web workers (as in the app), meshopt on the main thread; times are wall times including the worker round trip. Gzip: node:zlib level 9.`,
  '',
  totalsTable,
  '',
  'Per level of detail (all models):',
  '',
  levelTable,
  '',
  'Decoders, as served (start-up: fetch and compile the decoder and start a worker for Draco, import and compile for meshopt; the first parse minus a warm parse of the same file):',
  '',
  decoderTable,
  '',
  verdict,
  '<!-- model-codecs:end -->',
].join('\n');

let doc = readFileSync(DOC_PATH, 'utf8');
if (!doc.includes('<!-- model-codecs:start -->')) {
  doc = `${doc.trimEnd()}\n\n## Model codecs\n\n<!-- model-codecs:start -->\n<!-- model-codecs:end -->\n`;
}
writeFileSync(DOC_PATH, doc.replace(/<!-- model-codecs:start -->[\s\S]*<!-- model-codecs:end -->/, section));
console.log(`${totalsTable}\n\n${levelTable}\n\n${decoderTable}\n\n${verdict}`);
console.log(`wrote ${RESULTS_PATH} and the model-codecs section of ${DOC_PATH}`);
