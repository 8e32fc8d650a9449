/**
 * The catalogue of 3D models the default scene uses. `npm run models` builds each from its
 * generator in scripts/models/generators/ as glTF with three levels of detail under
 * public/models/<name>/; until a file has loaded the app draws a box of `sizeM` in `color`.
 *
 * Sizes are [width, height, depth] in metres at scale 1. Things a booth can hold full size (cars,
 * robots, cabinets, machines) are full size; things no hall can hold (a radio telescope, a
 * tokamak, a nuclear power unit, a rocket) are sized as the scale models an expo would show.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { SceneInput } from '../../src/scene/schema';
import type { ModelManifest } from '../models/manifest';

type ModelInput = NonNullable<SceneInput['models']>[number];

interface ModelSpec {
  sizeM: [number, number, number];
  color: string;
}

export const MODEL_SPECS = {
  // Headline exhibits and the domains of the expo.
  'lunar-lander': { sizeM: [4.2, 3.6, 4.2], color: '#c9a227' },
  'lunar-rover': { sizeM: [1.5, 1.1, 1.0], color: '#d4d4d4' },
  tokamak: { sizeM: [6.0, 4.5, 6.0], color: '#7a8a99' },
  'nuclear-unit': { sizeM: [5.0, 3.5, 5.0], color: '#9fb4c7' },
  'fast-dish': { sizeM: [8.0, 2.5, 8.0], color: '#e6e6e6' },
  'humanoid-robot': { sizeM: [0.6, 1.73, 0.4], color: '#cfd8dc' },
  'high-speed-train': { sizeM: [12.0, 4.0, 3.4], color: '#f2f2f2' },
  drone: { sizeM: [0.9, 0.35, 0.9], color: '#3a4047' },
  'electric-car': { sizeM: [4.7, 1.45, 1.9], color: '#b0312f' },
  'autonomous-car': { sizeM: [4.9, 1.9, 1.95], color: '#2f6fb0' },
  satellite: { sizeM: [2.5, 3.0, 2.5], color: '#c7b377' },
  rocket: { sizeM: [1.2, 9.0, 1.2], color: '#f0f0f0' },
  'medical-cyclotron': { sizeM: [2.5, 2.2, 2.5], color: '#5b8fb9' },
  'petal-accelerator': { sizeM: [3.0, 2.2, 3.0], color: '#8e7cc3' },
  'anti-drone-vehicle': { sizeM: [6.5, 3.2, 2.5], color: '#5f6b3a' },
  'flash-radiotherapy': { sizeM: [3.0, 2.4, 2.5], color: '#e8eef3' },
  'gas-turbine': { sizeM: [9.0, 4.0, 4.0], color: '#a0a7ad' },
  'robot-arm': { sizeM: [1.2, 2.0, 1.2], color: '#e0a526' },
  'server-rack': { sizeM: [0.6, 2.0, 1.2], color: '#2b2f36' },
  'base-station': { sizeM: [1.0, 3.0, 1.0], color: '#b8c0c8' },
  'cosmic-ray-detector': { sizeM: [3.0, 2.5, 3.0], color: '#6d8a6b' },
  'rice-display': { sizeM: [1.5, 1.2, 0.8], color: '#d9c36a' },
  'chip-showcase': { sizeM: [1.0, 1.3, 0.6], color: '#3d7a6a' },
  '3d-printer': { sizeM: [1.2, 1.8, 1.0], color: '#8a8f99' },
  'laser-system': { sizeM: [1.6, 1.4, 1.0], color: '#4a5a8a' },
  'fuel-cell-stack': { sizeM: [1.2, 1.0, 0.8], color: '#3f8fbf' },
  'material-showcase': { sizeM: [1.2, 1.2, 0.8], color: '#9c8b7a' },
  'vr-station': { sizeM: [2.0, 2.4, 2.0], color: '#6a4c93' },
  // Booth furniture and small items.
  counter: { sizeM: [2.0, 1.1, 0.7], color: '#f5f5f5' },
  pedestal: { sizeM: [0.8, 1.0, 0.8], color: '#ffffff' },
  screen: { sizeM: [2.4, 2.4, 0.3], color: '#1f2933' },
  banner: { sizeM: [0.85, 2.0, 0.4], color: '#c0392b' },
  chair: { sizeM: [0.5, 0.85, 0.5], color: '#4b5563' },
  plant: { sizeM: [0.6, 1.4, 0.6], color: '#3f7d3a' },
  partition: { sizeM: [2.0, 2.2, 0.1], color: '#e5e7eb' },
  'display-case': { sizeM: [1.0, 1.8, 0.6], color: '#cfe3ea' },
  kiosk: { sizeM: [0.6, 1.6, 0.5], color: '#374151' },
  'poster-stand': { sizeM: [0.8, 1.9, 0.5], color: '#f3e8d2' },
} as const satisfies Record<string, ModelSpec>;

export type ModelName = keyof typeof MODEL_SPECS;

/** Scene id of a model: "tokamak" → "model-tokamak". */
export function modelId(name: ModelName): string {
  return `model-${name}`;
}

/**
 * The size each built model really has (the pipeline fits it uniformly inside its catalogue box,
 * so two of its sides may come out smaller): placeholder boxes then match the model that replaces
 * them. Falls back to the catalogue size for a model not built yet.
 */
function builtSizes(manifestPath = 'public/models/manifest.json'): Map<string, [number, number, number]> {
  const sizes = new Map<string, [number, number, number]>();
  if (!existsSync(manifestPath)) return sizes;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ModelManifest;
  for (const model of manifest.models) {
    const { min, max } = model.boundsM;
    sizes.set(model.name, [0, 1, 2].map((axis) => Math.round(((max[axis] ?? 0) - (min[axis] ?? 0)) * 100) / 100) as [number, number, number]);
  }
  return sizes;
}

/** Model entries for a scene, in table order, with the LOD paths the glTF build step writes. */
export function modelEntries(names: readonly ModelName[] = Object.keys(MODEL_SPECS) as ModelName[]): ModelInput[] {
  const built = builtSizes();
  return names.map((name) => {
    const spec: ModelSpec = MODEL_SPECS[name];
    return {
      id: modelId(name),
      lods: [0, 1, 2].map((level) => `models/${name}/lod${level}.glb`),
      sizeM: built.get(name) ?? [...spec.sizeM],
      color: spec.color,
    };
  });
}
