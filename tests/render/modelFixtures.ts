/**
 * Model files for loader tests, made by the project's own pipeline from the pedestal generator:
 * the uncompressed LOD0 GLB and its meshopt-compressed twin (Draco needs a worker, so Draco files
 * are tested in the browser suite). Built once per test file.
 */
import { compressDraco, compressMeshopt } from '../../scripts/models/codecs';
import { pedestal } from '../../scripts/models/generators/pedestal';
import { buildSources } from '../../scripts/models/pipeline';

export interface ModelFixtures {
  plain: Uint8Array;
  meshopt: Uint8Array;
  draco: Uint8Array;
}

let fixtures: Promise<ModelFixtures> | undefined;

export function modelFixtures(): Promise<ModelFixtures> {
  fixtures ??= (async () => {
    const [lod0] = await buildSources(pedestal, [0.8, 1, 0.8]);
    if (!lod0) throw new Error('the pedestal generator built no LOD0');
    return { plain: lod0.source, meshopt: await compressMeshopt(lod0.source), draco: await compressDraco(lod0.source) };
  })();
  return fixtures;
}

/** A `fetch` answering from a table of URL → response factory, recording what was asked. */
export function fakeFetch(routes: Record<string, () => Response | Promise<Response>>): { fetch: typeof fetch; requested: string[] } {
  const requested: string[] = [];
  const fetchFake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    requested.push(url);
    init?.signal?.throwIfAborted();
    const route = routes[url];
    return route ? route() : new Response('not found', { status: 404, statusText: 'Not Found' });
  };
  return { fetch: fetchFake as typeof fetch, requested };
}

/** Copies bytes into a fresh ArrayBuffer (Response bodies want one, not a Node Buffer view). */
export function body(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}
