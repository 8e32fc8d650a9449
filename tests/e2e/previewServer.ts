/**
 * Starts `vite preview` on the built app on a free local port, via vite's JS API. The app is read
 * from `dist/`, or from the folder named by `EXPO_DIST_DIR` (a second build beside the first).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';

export interface RunningPreview {
  /** Ends with a slash, e.g. `http://127.0.0.1:41234/`. */
  baseUrl: string;
  close: () => Promise<void>;
}

export async function startPreview(root = process.cwd(), outDir = process.env.EXPO_DIST_DIR ?? 'dist'): Promise<RunningPreview> {
  if (!existsSync(resolve(root, outDir, 'index.html'))) {
    throw new Error(`${outDir}/index.html is missing: run \`npx vite build\` first (npm run test:e2e does).`);
  }
  const port = await findFreePort();
  const server: PreviewServer = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () => server.close(),
  };
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}
