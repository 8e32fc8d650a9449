/**
 * three's DRACOLoader names its own copies of the Draco decoder with `new URL(…, import.meta.url)`,
 * so Vite emits five decoder files (1.3 MB) into every build even though the app points the loader
 * at the copy it serves from `public/draco/`. This plugin blanks those default URLs in that one
 * module, so only the decoder the app really uses ships.
 */
import type { Plugin } from 'vite';

const DEFAULT_DECODER_URL = /new URL\(\s*'\.\.\/libs\/draco\/[^']+',\s*import\.meta\.url\s*\)\.toString\(\)/g;

export function dropBundledDraco(): Plugin {
  return {
    name: 'cloud-expo:drop-bundled-draco',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('three/examples/jsm/loaders/DRACOLoader')) return undefined;
      return { code: code.replace(DEFAULT_DECODER_URL, "''"), map: null };
    },
  };
}
