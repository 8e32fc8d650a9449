/**
 * One local static server for the renderer bench (node:http): the built app at `/`, the peers page
 * at `/peers/`, the generated scenes at `/bench-scenes/`. One origin, so the app's same-origin rule
 * for `?scene=` holds and every renderer loads the same model files from `/models/`.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export interface StaticRoute {
  /** URL prefix ending in a slash, e.g. `/peers/`; `/` for the rest. */
  prefix: string;
  directory: string;
}

export interface RunningServer {
  /** Ends with a slash, e.g. `http://127.0.0.1:41234/`. */
  baseUrl: string;
  close: () => Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names under `routes` (longest prefix first), or undefined; never outside a route's folder. */
function fileFor(routes: readonly StaticRoute[], urlPath: string): string | undefined {
  const route = [...routes].sort((a, b) => b.prefix.length - a.prefix.length).find((candidate) => urlPath.startsWith(candidate.prefix));
  if (!route) return undefined;
  let relative = decodeURIComponent(urlPath.slice(route.prefix.length));
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = normalize(join(route.directory, relative));
  return file.startsWith(normalize(route.directory) + sep) ? file : undefined;
}

export function startStaticServer(routes: readonly StaticRoute[]): Promise<RunningServer> {
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = fileFor(routes, urlPath);
    let size = -1;
    try {
      if (file && statSync(file).isFile()) size = statSync(file).size;
    } catch {
      size = -1;
    }
    if (!file || size < 0) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`not found: ${urlPath}`);
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        baseUrl: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
