/**
 * One geometry holding every level of a model, for `@three.ez/batched-mesh-extensions`' LOD API:
 * it takes the coarser levels as index arrays into the finest level's vertices ("only LODs that
 * share the same geometry vertex array can be added", its README). Our levels are separate files
 * with their own vertices, so the vertices of all levels are put one after the other and each
 * level's indices are shifted onto its own block.
 *
 * Attributes become plain, non-normalized Float32 arrays: a BatchedMesh copies every geometry into
 * one buffer per attribute and needs the same layout for all, while meshopt files differ in
 * quantization per file (and may be interleaved).
 */
import { BufferAttribute, BufferGeometry } from 'three';

export interface MergedLods {
  /** All levels' vertices; its index is the finest level's. */
  geometry: BufferGeometry;
  /** Per coarser level (level 1 first), its indices into `geometry`'s vertices. */
  coarserIndices: Uint32Array[];
  /** Indices of all levels together: the room to reserve in the BatchedMesh. */
  indexCount: number;
}

const ATTRIBUTES = ['position', 'normal', 'color'] as const;

export function mergeLodGeometry(levels: readonly BufferGeometry[]): MergedLods {
  const vertexCounts = levels.map((level) => level.getAttribute('position').count);
  const totalVertices = vertexCounts.reduce((sum, count) => sum + count, 0);
  const merged = new BufferGeometry();
  for (const name of ATTRIBUTES) {
    const itemSize = levels[0]?.getAttribute(name)?.itemSize ?? 3;
    const floats = new Float32Array(totalVertices * itemSize);
    let vertex = 0;
    for (const level of levels) {
      const source = level.getAttribute(name);
      if (!source) throw new Error(`a level has no ${name} attribute`);
      for (let index = 0; index < source.count; index += 1, vertex += 1) {
        for (let component = 0; component < itemSize; component += 1) floats[vertex * itemSize + component] = source.getComponent(index, component);
      }
    }
    merged.setAttribute(name, new BufferAttribute(floats, itemSize));
  }
  const shifted: Uint32Array[] = [];
  let offset = 0;
  levels.forEach((level, levelIndex) => {
    const index = level.getIndex();
    if (!index) throw new Error('a level has no index');
    const indices = new Uint32Array(index.count);
    for (let i = 0; i < index.count; i += 1) indices[i] = index.getX(i) + offset;
    shifted.push(indices);
    offset += vertexCounts[levelIndex] ?? 0;
  });
  const [finest, ...coarser] = shifted;
  if (!finest) throw new Error('no levels');
  merged.setIndex(new BufferAttribute(finest, 1));
  return { geometry: merged, coarserIndices: coarser, indexCount: shifted.reduce((sum, indices) => sum + indices.length, 0) };
}
