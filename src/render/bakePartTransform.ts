/**
 * A copy of a file part's geometry with the part's node transform applied, positions as floats.
 * Quantized files (meshopt) store positions as normalized integers with the dequantizing scale in
 * the node's matrix; baked into the integers they would clamp to [−1, 1], so they become floats.
 */
import { BufferAttribute, type BufferGeometry, type Matrix4 } from 'three';

export function bakePartTransform(geometry: BufferGeometry, matrix: Matrix4): BufferGeometry {
  const baked = geometry.clone();
  const position = baked.getAttribute('position');
  const floats = new Float32Array(position.count * 3);
  for (let index = 0; index < position.count; index += 1) {
    floats[index * 3] = position.getX(index);
    floats[index * 3 + 1] = position.getY(index);
    floats[index * 3 + 2] = position.getZ(index);
  }
  baked.setAttribute('position', new BufferAttribute(floats, 3));
  baked.applyMatrix4(matrix);
  return baked;
}
