import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serveScenes } from './scripts/vite/serveScenes.ts';
import { dropBundledDraco } from './scripts/vite/dropBundledDraco.ts';

/**
 * Scenes live in `scenes/` (curators edit them there, the validator reads them there), so a small
 * plugin serves them at `/scenes/*.json` in dev and copies them into the static build.
 */
export default defineConfig({
  base: './',
  // A static site, not a single-page app: a missing model or scene must be a 404, not index.html.
  appType: 'mpa',
  plugins: [react(), serveScenes(), dropBundledDraco()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
});
