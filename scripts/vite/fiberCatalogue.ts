/**
 * R3F's `<Canvas>` registers every export of its `three` import as a JSX element (`extend(THREE)`),
 * which defeats tree-shaking and puts all of three.js before the first frame. Only that module's
 * import is pointed at the few classes the app's JSX creates (src/app/fiberCatalogue.ts); R3F's
 * other module and the app import the real `three`. Build only: the dev server pre-bundles R3F
 * without plugins, and keeps the full catalogue.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const FIBER_MODULE = /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/;

export function fiberCatalogue(): Plugin {
  const catalogue = fileURLToPath(new URL('../../src/app/fiberCatalogue.ts', import.meta.url));
  return {
    name: 'cloud-expo:fiber-catalogue',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'three' && importer && FIBER_MODULE.test(importer)) return catalogue;
      return null;
    },
  };
}
