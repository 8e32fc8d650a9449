/**
 * Fills the far-box batch: one InstancedMesh of coloured boxes (each exhibit's placeholder box)
 * for the box level of every model at once, so far exhibits cost 12 triangles each and all of
 * them one draw call, whatever their models. Allocates nothing.
 */
import type { InstanceCuller } from './cullAndSelect';

export interface BoxSources {
  /** Per instance, its box's 4×4 column-major matrix (16 floats) and colour (3 floats). */
  matrices: Float32Array;
  colors: Float32Array;
}

/**
 * Copies the box matrix and colour of every instance in the box-level bucket of each model whose
 * `drawBoxes` flag is 1 into `targetMatrices` / `targetColors`, slots 0 … n − 1; returns n.
 * Models flagged 0 (not loaded yet: all their exhibits are placeholder boxes already) are skipped.
 */
export function packBoxInstances(
  culler: InstanceCuller,
  drawBoxes: Uint8Array,
  sources: BoxSources,
  targetMatrices: Float32Array,
  targetColors: Float32Array,
): number {
  const { lodLevels, boxLevel, bucketCount, bucketStart, bucketInstances } = culler;
  if (boxLevel >= lodLevels) return 0;
  const { matrices, colors } = sources;
  const models = culler.instances.modelCount;
  let slot = 0;
  for (let model = 0; model < models; model += 1) {
    if (drawBoxes[model] !== 1) continue;
    const bucket = model * lodLevels + boxLevel;
    const start = bucketStart[bucket] ?? 0;
    const end = start + (bucketCount[bucket] ?? 0);
    for (let k = start; k < end; k += 1) {
      const instance = bucketInstances[k] ?? 0;
      // Element by element: `subarray` would allocate a view per instance.
      const from = instance * 16;
      const to = slot * 16;
      for (let e = 0; e < 16; e += 1) targetMatrices[to + e] = matrices[from + e] ?? 0;
      targetColors[slot * 3] = colors[instance * 3] ?? 0;
      targetColors[slot * 3 + 1] = colors[instance * 3 + 1] ?? 0;
      targetColors[slot * 3 + 2] = colors[instance * 3 + 2] ?? 0;
      slot += 1;
    }
  }
  return slot;
}
