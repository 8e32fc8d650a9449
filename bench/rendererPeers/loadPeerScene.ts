/**
 * The scene as every peer sees it: the app's own parser and layout, and the exhibit placements of
 * `createExhibitInstances`, so each renderer places exactly the exhibits the app places.
 */
import { createExhibitInstances, type ExhibitInstances } from '../../src/render/instancing';
import { parseScene, type LaidOutScene } from '../../src/scene';

export interface PeerScene {
  layout: LaidOutScene;
  instances: ExhibitInstances;
}

/** Fetches and parses the scene at `url` (same origin); throws with the first error on an invalid one. */
export async function loadPeerScene(url: string): Promise<PeerScene> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`scene ${url}: HTTP ${response.status}`);
  const result = parseScene(await response.text());
  if (!result.ok || !result.layout) {
    const first = result.diagnostics[0];
    throw new Error(`scene ${url} is invalid: ${first ? first.message : 'unknown error'}`);
  }
  return { layout: result.layout, instances: createExhibitInstances(result.layout) };
}
