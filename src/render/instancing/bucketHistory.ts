/**
 * Which (model, level) buckets hold other instances than last frame. A visitor moving smoothly
 * changes few buckets per frame (an instance crossing a level boundary or the frustum's edge), so
 * the unchanged ones need neither packing nor an upload: each upload is a buffer copy to the GPU
 * process, and at 100+ batches those copies were a large part of a frame's CPU time.
 * Allocates nothing after `createBucketHistory`.
 */
import type { InstanceCuller } from './cullAndSelect';

export interface BucketHistory {
  /** Last frame's count per bucket; `UNSEEN` before the first frame. */
  counts: Uint32Array;
  /** Last frame's instances, laid out like `culler.bucketInstances`. */
  instances: Uint32Array;
  /** Per bucket, 1 when the last `markChangedBuckets` found it changed. */
  changed: Uint8Array;
}

const UNSEEN = 0xffffffff;

export function createBucketHistory(culler: InstanceCuller): BucketHistory {
  const buckets = culler.bucketCount.length;
  return { counts: new Uint32Array(buckets).fill(UNSEEN), instances: new Uint32Array(culler.bucketInstances.length), changed: new Uint8Array(buckets).fill(1) };
}

/** Compares the culler's buckets with the last frame's, records them, and returns how many changed. */
export function markChangedBuckets(culler: InstanceCuller, history: BucketHistory): number {
  const { bucketCount, bucketStart, bucketInstances } = culler;
  const { counts, instances, changed } = history;
  let changes = 0;
  for (let bucket = 0; bucket < bucketCount.length; bucket += 1) {
    const count = bucketCount[bucket] ?? 0;
    const start = bucketStart[bucket] ?? 0;
    let same = counts[bucket] === count;
    for (let k = start; same && k < start + count; k += 1) same = instances[k] === bucketInstances[k];
    changed[bucket] = same ? 0 : 1;
    if (same) continue;
    changes += 1;
    counts[bucket] = count;
    for (let k = start; k < start + count; k += 1) instances[k] = bucketInstances[k] ?? 0;
  }
  return changes;
}

/** Forgets the last frame: every bucket counts as changed next time. */
export function resetBucketHistory(history: BucketHistory): void {
  history.counts.fill(UNSEEN);
}
