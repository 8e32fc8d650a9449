/**
 * Turns a model's coloured parts into a glTF document: one mesh, one primitive with POSITION,
 * NORMAL and COLOR_0, one PBR material. Parts are merged so a model costs one draw call per
 * instanced batch; the model is scaled uniformly to fit its catalogue size, centred on x and z and
 * standing on y = 0, so the placeholder box and the model agree.
 */
import { Document, Logger } from '@gltf-transform/core';
import { weld } from '@gltf-transform/functions';
import { Box3, BufferAttribute, type BufferGeometry, Color, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { ModelGenerator, ModelPart } from './types';

export interface BuiltModel {
  document: Document;
  triangles: number;
  /** Axis-aligned bounds after fitting, metres. */
  min: [number, number, number];
  max: [number, number, number];
}

/** Merges the parts into one geometry with a per-vertex colour (linear, as glTF wants). */
export function mergeParts(parts: readonly ModelPart[]): BufferGeometry {
  if (parts.length === 0) throw new Error('a model needs at least one part');
  const colour = new Color();
  const prepared = parts.map(({ geometry, color }) => {
    let part = geometry.index ? geometry : withSequentialIndex(geometry);
    for (const name of Object.keys(part.attributes)) if (name !== 'position' && name !== 'normal') part.deleteAttribute(name);
    if (!part.attributes.normal) part.computeVertexNormals();
    colour.set(color); // three converts the sRGB hex to its linear working space
    const count = part.attributes.position?.count ?? 0;
    const colours = new Float32Array(count * 3);
    for (let index = 0; index < count; index += 1) colours.set([colour.r, colour.g, colour.b], index * 3);
    part = part.setAttribute('color', new BufferAttribute(colours, 3));
    return part;
  });
  const merged = mergeGeometries(prepared, false);
  if (!merged) throw new Error('parts could not be merged (mismatched attributes)');
  return merged;
}

function withSequentialIndex(geometry: BufferGeometry): BufferGeometry {
  const count = geometry.attributes.position?.count ?? 0;
  geometry.setIndex(Array.from({ length: count }, (_, index) => index));
  return geometry;
}

/** A uniform scale and a shift that put a model in its catalogue box. */
export interface Fit {
  factor: number;
  offset: [number, number, number];
}

/**
 * The fit that scales the most detailed level to lie inside `sizeM` [width, height, depth], centred
 * on x/z with its bottom at y = 0. The same fit is applied to every level, so levels that drop
 * small parts keep the size and position of the first.
 */
export function fitFor(parts: readonly ModelPart[], sizeM: readonly [number, number, number]): Fit {
  const bounds = new Box3();
  for (const { geometry } of parts) bounds.union(new Box3().setFromBufferAttribute(geometry.attributes.position as BufferAttribute));
  const size = bounds.getSize(new Vector3());
  const centre = bounds.getCenter(new Vector3());
  return {
    factor: Math.min(sizeM[0] / size.x, sizeM[1] / size.y, sizeM[2] / size.z),
    offset: [-centre.x, -bounds.min.y, -centre.z],
  };
}

/**
 * The uncompressed model document, welded: parts come with duplicated vertices along seams
 * (a rounded box has thousands), which both codecs would otherwise have to carry.
 */
export async function buildModelDocument(generator: ModelGenerator, parts: readonly ModelPart[], fit: Fit): Promise<BuiltModel> {
  const geometry = mergeParts(parts);
  geometry.translate(...fit.offset);
  geometry.scale(fit.factor, fit.factor, fit.factor);
  geometry.computeBoundingBox();
  const bounds = geometry.boundingBox ?? new Box3();

  const document = new Document();
  document.getRoot().getAsset().generator = 'cloud-expo model pipeline';
  const buffer = document.createBuffer();
  const accessor = (array: Float32Array | Uint16Array | Uint32Array, type: 'VEC3' | 'SCALAR') =>
    document.createAccessor().setArray(array).setType(type).setBuffer(buffer);
  const positions = geometry.attributes.position?.array as Float32Array;
  const vertexCount = positions.length / 3;
  const indexArray = geometry.index?.array ?? new Uint32Array();
  const indices = vertexCount <= 0xffff ? Uint16Array.from(indexArray) : Uint32Array.from(indexArray);

  const material = document
    .createMaterial(generator.name)
    .setBaseColorFactor([1, 1, 1, 1])
    .setMetallicFactor(generator.material.metallic)
    .setRoughnessFactor(generator.material.roughness);
  const primitive = document
    .createPrimitive()
    .setAttribute('POSITION', accessor(Float32Array.from(positions), 'VEC3'))
    .setAttribute('NORMAL', accessor(Float32Array.from(geometry.attributes.normal?.array ?? []), 'VEC3'))
    .setAttribute('COLOR_0', accessor(Float32Array.from(geometry.attributes.color?.array ?? []), 'VEC3'))
    .setIndices(accessor(indices, 'SCALAR'))
    .setMaterial(material);
  const mesh = document.createMesh(generator.name).addPrimitive(primitive);
  const node = document.createNode(generator.name).setMesh(mesh);
  const scene = document.createScene(generator.name).addChild(node);
  document.getRoot().setDefaultScene(scene);

  document.setLogger(new Logger(Logger.Verbosity.WARN));
  await document.transform(weld());
  const weldedIndices = primitive.getIndices()?.getCount() ?? indices.length;
  return {
    document,
    triangles: weldedIndices / 3,
    min: [bounds.min.x, bounds.min.y, bounds.min.z],
    max: [bounds.max.x, bounds.max.y, bounds.max.z],
  };
}
