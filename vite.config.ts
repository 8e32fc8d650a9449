import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { serveScenes } from './scripts/vite/serveScenes.ts';
import { dropBundledDraco } from './scripts/vite/dropBundledDraco.ts';
import { dracoWorker } from './scripts/vite/dracoWorker.ts';

/**
 * Scenes live in `scenes/` (curators edit them there, the validator reads them there), so a small
 * plugin serves them at `/scenes/*.json` in dev and copies them into the static build. The Draco
 * decoder's worker is a file of the site (`draco/draco_worker.js`), not a blob: URL, so a strict
 * Content-Security-Policy (`worker-src 'self'`, README "Deployment") lets it start.
 */
/**
 * R3F's `<Canvas>` registers every export of its `three` import as a JSX element (`extend(THREE)`),
 * which defeats tree-shaking and puts all of three.js before the first frame. Only that module's
 * import is pointed at the few classes the app's JSX creates (src/app/fiberCatalogue.ts); R3F's
 * other module and the app import the real `three`. Build only: the dev server pre-bundles R3F
 * without plugins, and keeps the full catalogue.
 */
function fiberCatalogue(): Plugin {
  const catalogue = fileURLToPath(new URL('./src/app/fiberCatalogue.ts', import.meta.url));
  return {
    name: 'fiber-catalogue',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'three' && importer && /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/.test(importer)) return catalogue;
      return null;
    },
  };
}

export default defineConfig({
  base: './',
  // A static site, not a single-page app: a missing model or scene must be a 404, not index.html.
  appType: 'mpa',
  plugins: [fiberCatalogue(), react(), serveScenes(), dropBundledDraco(), dracoWorker()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // With lazy chunks (issue 12) the scene's schema may land in a shared chunk with zod, which
          // then runs before the entry's first import, `configureZod` (jitless: no `new Function`
          // under the README's Content-Security-Policy). Keeping that module in zod's own chunk
          // configures zod before any chunk that builds a schema can run.
          groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]app[\\/]configureZod\.ts$/ }],
        },
      },
    },
  },
});
