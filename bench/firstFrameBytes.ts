/**
 * `npm run bench:first-frame`: the JavaScript the built app loads before its first frame of the
 * halls, in gzipped bytes, and the time to that frame, for the default expo (or `--scene path`),
 * over `--runs` fresh browsers (median time; the bytes do not vary). Builds into `EXPO_DIST_DIR`
 * (default dist/) unless `--no-build`. Prints a table; writes nothing: docs/performance.md quotes it.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, skipStartScreen, TEST_VIEWPORT } from '../tests/e2e/chromium';
import { expoAddress } from '../tests/e2e/expoAddress';
import { readFirstFrameScripts, RECORD_FIRST_FRAME, type FirstFrameScripts } from '../tests/e2e/firstFrameScripts';
import { buildApp } from './renderer/buildPages';
import { startStaticServer } from './renderer/staticServer';

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const ROOT = resolve('.');
const outDir = process.env.EXPO_DIST_DIR ?? 'dist';
const dist = process.argv.includes('--no-build') ? resolve(ROOT, outDir) : await buildApp(ROOT, outDir);
const runs = Number(flag('runs') ?? 3);
const scene = flag('scene');

const server = await startStaticServer([{ prefix: '/', directory: dist }, { prefix: '/bench-scenes/', directory: resolve(ROOT, '.cache/renderer-bench/scenes') }]);
const results: FirstFrameScripts[] = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    try {
      const context = await browser.newContext({ viewport: TEST_VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
      await skipStartScreen(context);
      await context.addInitScript({ content: RECORD_FIRST_FRAME });
      const page = await context.newPage();
      await page.goto(expoAddress(server.baseUrl, scene === undefined ? {} : { scene }), { waitUntil: 'commit' });
      results.push(await readFirstFrameScripts(page, dist));
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}

const kB = (bytes: number): string => (bytes / 1000).toFixed(1);
const first = results[0];
if (!first) throw new Error('no runs');
console.log(`scene: ${scene ?? 'default expo'}; ${runs} runs`);
console.log('\nbefore the first frame:');
for (const load of first.before) console.log(`  ${load.path.padEnd(48)} ${kB(load.bytes).padStart(8)} kB  ${kB(load.gzipBytes).padStart(7)} kB gzip  at ${load.startMs} ms`);
console.log(`  total ${kB(first.gzipBytesBefore)} kB gzip`);
console.log('\nafter it (lazy):');
for (const load of first.after) console.log(`  ${load.path.padEnd(48)} ${kB(load.bytes).padStart(8)} kB  ${kB(load.gzipBytes).padStart(7)} kB gzip  at ${load.startMs} ms`);
const times = results.map((result) => result.firstFrameMs).sort((a, b) => a - b);
console.log(`\nfirst frame: ${times.join(', ')} ms; median ${times[Math.floor(times.length / 2)]} ms`);
