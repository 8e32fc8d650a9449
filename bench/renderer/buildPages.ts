/**
 * Builds what the renderer bench serves: the app as `npx vite build` builds it (dist/), and the
 * peers page with its own Vite build into a git-ignored folder, the only bundle that contains the
 * peer libraries. Checks that none of them leaked into the app's bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Strings that only the peer libraries' code contains (class type names, error texts). */
const PEER_LIBRARY_MARKERS = ['InstancedMesh2', 'BatchedMesh LOD:', 'useDistanceForLOD'];

/** Builds the app into `dist/`, or the folder named by `EXPO_DIST_DIR` (a build beside the first, as the browser tests read it). */
export async function buildApp(root: string, outDir = process.env.EXPO_DIST_DIR ?? 'dist'): Promise<string> {
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const dist = resolve(root, outDir);
  const assets = join(dist, 'assets');
  for (const name of readdirSync(assets).filter((file) => file.endsWith('.js'))) {
    const code = readFileSync(join(assets, name), 'utf8');
    const marker = PEER_LIBRARY_MARKERS.find((text) => code.includes(text));
    if (marker) throw new Error(`the app bundle ${name} contains "${marker}": a peer library reached src/`);
  }
  return dist;
}

export async function buildPeers(root: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    root: resolve(root, 'bench/rendererPeers'),
    base: '/peers/',
    publicDir: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  return outDir;
}
