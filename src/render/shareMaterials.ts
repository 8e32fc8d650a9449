/**
 * One material per set of equal parameters across every model and level: three uploads a
 * material's uniforms again whenever the material changes between two draws and sorts opaque
 * draws by material, so batches sharing one cost less to submit. The pipeline's models all use
 * one untextured vertex-coloured PBR material, differing only in roughness and metalness.
 */
import { MeshStandardMaterial, Texture, type Material } from 'three';

/**
 * The parameters that make two untextured standard materials draw the same, or undefined for a
 * material this does not know how to compare (kept as it is).
 */
export function materialKey(material: Material): string | undefined {
  if (!(material instanceof MeshStandardMaterial) || material.type !== 'MeshStandardMaterial') return undefined;
  for (const value of Object.values(material)) if (value instanceof Texture) return undefined;
  const { color, roughness, metalness, emissive, emissiveIntensity, vertexColors, side, transparent, opacity, alphaTest, flatShading, wireframe } = material;
  return [color.getHexString(), roughness, metalness, emissive.getHexString(), emissiveIntensity, vertexColors, side, transparent, opacity, alphaTest, flatShading, wireframe].join('|');
}

/** Returns a function mapping each material to the first one seen with equal parameters. */
export function createMaterialSharer(): (material: Material | Material[]) => Material | Material[] {
  const shared = new Map<string, Material>();
  return (material) => {
    if (Array.isArray(material)) return material;
    const key = materialKey(material);
    if (key === undefined) return material;
    const first = shared.get(key);
    if (first) return first;
    shared.set(key, material);
    return material;
  };
}
