/** Partial uploads of instance arrays: only the part a frame uses goes to the GPU. */
import type { BufferAttribute } from 'three';

/** A range of an attribute to upload, kept per attribute and reused every frame (three empties the list after uploading). */
export interface UploadRange {
  start: number;
  count: number;
}

/**
 * Marks the first `floats` numbers of `attribute` for upload, and only those: a batch's array has
 * room for every instance of its model, and uploading all of it every frame cost megabytes per
 * frame at 100k exhibits (bench/results/renderer.json). Reuses `range`: allocates nothing.
 */
export function uploadPrefix(attribute: BufferAttribute, range: UploadRange, floats: number): void {
  range.count = floats;
  attribute.clearUpdateRanges();
  attribute.updateRanges.push(range);
  attribute.needsUpdate = true;
}
