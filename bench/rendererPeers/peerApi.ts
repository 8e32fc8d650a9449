/**
 * What each peer page exposes to `npm run bench:render`: the same surface as the app's
 * `window.__expoStats` / `window.__expoDebug`, so the driver walks every renderer alike.
 */
export const PEER_NAMES = ['naive', 'drei', 'instancedmesh2', 'batchedmesh'] as const;

export type PeerName = (typeof PEER_NAMES)[number];

export function isPeerName(value: string | null): value is PeerName {
  return (PEER_NAMES as readonly (string | null)[]).includes(value);
}

/** Counters of the latest frame; one mutable object, never React state. */
export interface PeerStats {
  /** Draw calls, BatchedMesh sub-draws included. */
  calls: number;
  triangles: number;
  /** Frames drawn since the page loaded. */
  frames: number;
  /** CPU ms of the latest frame: the peer's per-frame update plus the `gl.render` submit. */
  cpuMs: number;
}

export interface PeerDebug {
  /** Moves the camera to `position` looking at `target` (world metres) and requests one frame. */
  setPose: (position: readonly [number, number, number], target: readonly [number, number, number]) => void;
  /** Object3Ds in the three.js scene, the root included. */
  countObjects: () => number;
}

/**
 * Filled in by a peer for the frame driver; a mutable object the peer updates in its effects.
 */
export interface PeerHooks {
  /** Draw calls `renderer.info` does not count in the frame just drawn (it counts a multi-draw as 1). */
  uncountedCalls: () => number;
  /** Whether every exhibit is in the scene (drei's instances register over more than one commit). */
  isComplete: () => boolean;
}

export function createPeerHooks(): PeerHooks {
  return { uncountedCalls: () => 0, isComplete: () => true };
}

declare global {
  interface Window {
    __peerStats?: PeerStats;
    __peerDebug?: PeerDebug;
  }
}
