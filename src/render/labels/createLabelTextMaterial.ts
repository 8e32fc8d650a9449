/**
 * The material of one atlas page's text quads: three's MeshBasicMaterial with two shader edits, so
 * fog, clipping, logarithmic depth and output colour space keep working as three evolves.
 * - vertex: each instance's quad samples its own sprite, the `labelUvRect` instance attribute
 *   [u, v, du, dv] (v from the page's top row, see atlasPacking);
 * - fragment: the page holds coverage in its red channel (RedFormat), used as alpha; the colour is
 *   the instance colour (`setColorAt`), white by default.
 * Blending rather than alpha test: alpha-tested glyphs alias badly once minified. Blended text is
 * drawn after the opaque boards without writing depth; every quad lies 1 cm in front of its own
 * opaque board, which hides whatever text stands behind it, so draw order between labels never shows.
 * Not tone mapped: white text stays white next to the (tone-mapped) lit boards.
 */
import { MeshBasicMaterial, type Texture, type WebGLProgramParametersWithUniforms } from 'three';

/** Name of the per-instance sprite rectangle attribute (vec4: u, v, du, dv). */
export const LABEL_UV_ATTRIBUTE = 'labelUvRect';

/** Below this coverage a fragment is discarded: saves blending the empty part of each quad. */
const ALPHA_CUTOFF = 0.01;

/** A text material sampling `page` (a single-channel coverage texture). */
export function createLabelTextMaterial(page: Texture): MeshBasicMaterial {
  const material = new MeshBasicMaterial({
    map: page,
    transparent: true,
    depthWrite: false,
    alphaTest: ALPHA_CUTOFF,
    toneMapped: false,
  });
  material.name = 'label-text';
  material.onBeforeCompile = patchLabelShader;
  // One program for every page's material, and none shared with plain MeshBasicMaterials.
  material.customProgramCacheKey = () => 'label-text-1';
  return material;
}

function patchLabelShader(shader: WebGLProgramParametersWithUniforms): void {
  shader.vertexShader = replaceOnce(
    shader.vertexShader,
    '#include <uv_pars_vertex>',
    `#include <uv_pars_vertex>\nattribute vec4 ${LABEL_UV_ATTRIBUTE};`,
  );
  shader.vertexShader = replaceOnce(
    shader.vertexShader,
    '#include <uv_vertex>',
    `#include <uv_vertex>\n#ifdef USE_MAP\n\tvMapUv = ${LABEL_UV_ATTRIBUTE}.xy + vec2( uv.x, 1.0 - uv.y ) * ${LABEL_UV_ATTRIBUTE}.zw;\n#endif`,
  );
  shader.fragmentShader = replaceOnce(
    shader.fragmentShader,
    '#include <map_fragment>',
    '#ifdef USE_MAP\n\tdiffuseColor.a *= texture2D( map, vMapUv ).r;\n#endif',
  );
}

/** Replaces `search`, which must occur: a three upgrade that renames a chunk should fail loudly, not draw blank quads. */
function replaceOnce(source: string, search: string, replacement: string): string {
  if (!source.includes(search)) throw new Error(`label text shader: "${search}" not found in three's MeshBasicMaterial shader`);
  return source.replace(search, replacement);
}
