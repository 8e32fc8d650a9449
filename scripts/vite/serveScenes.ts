/**
 * Serves `scenes/*.json` at `/scenes/…` during development and copies them into the static build,
 * so curators keep their files in `scenes/` (where `npm run validate` reads them) and the app
 * fetches the same files by URL in both modes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export function serveScenes(directory = 'scenes'): Plugin {
  const root = resolve(directory);
  return {
    name: 'cloud-expo:serve-scenes',
    configureServer(server) {
      server.middlewares.use('/scenes', (request, response, next) => {
        const name = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        if (!/^[\w.-]+\.json$/.test(name)) return next();
        try {
          const body = readFileSync(join(root, name));
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const name of readdirSync(root)) {
        if (!name.endsWith('.json')) continue;
        this.emitFile({ type: 'asset', fileName: `scenes/${name}`, source: readFileSync(join(root, name)) });
      }
    },
  };
}
