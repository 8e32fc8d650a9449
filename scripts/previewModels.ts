/**
 * `npm run preview:models -- tokamak,fast-dish [--view front|back|side|top] [--out file.png]`:
 * renders the named models' LOD0, LOD1 and LOD2 side by side in headless Chromium and writes a
 * PNG (default .cache/preview-<names>.png), so a model can be looked at without running the app.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
};
const models = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? 'pedestal';
const view = option('view') ?? 'front';
const out = option('out') ?? `.cache/preview-${models.replaceAll(',', '_').slice(0, 80)}-${view}.png`;

const server = await createServer({ root: 'scripts/models/preview', publicDir: '../../../public', logLevel: 'error', server: { port: 0 } });
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 400 * Math.min(3, models.split(',').length) } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`http://localhost:${port}/?models=${encodeURIComponent(models)}&view=${view}`);
  await page.waitForSelector('html[data-preview-ready="1"]', { timeout: 60_000 });
  mkdirSync('.cache', { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
