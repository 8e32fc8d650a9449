import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serveScenes } from './scripts/vite/serveScenes.ts';
import { dropBundledDraco } from './scripts/vite/dropBundledDraco.ts';
import { dracoWorker } from './scripts/vite/dracoWorker.ts';
import { fiberCatalogue } from './scripts/vite/fiberCatalogue.ts';

/**
 * Scenes live in `scenes/` (curators edit them there, the validator reads them there), so a small
 * plugin serves them at `/scenes/*.json` in dev and copies them into the static build. The Draco
 * decoder's worker is a file of the site (`draco/draco_worker.js`), not a blob: URL, so a strict
 * Content-Security-Policy (`worker-src 'self'`, README "Deployment") lets it start.
 */
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
