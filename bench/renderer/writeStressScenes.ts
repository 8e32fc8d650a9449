/** Writes the bench's stress scenes (fixed seed) and lays each out for the camera path. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStressScene } from '../../scripts/stress/buildStressScene';
import { layoutScene, sceneSchema, serializeScene, type LaidOutScene } from '../../src/scene';

export interface StressSceneFile {
  exhibits: number;
  models: number;
  seed: number;
  /** Path on the bench server, e.g. `/bench-scenes/stress-10000.json`. */
  urlPath: string;
  bytes: number;
  layout: LaidOutScene;
}

export function writeStressScenes(directory: string, exhibitCounts: readonly number[], models: number, seed: number): StressSceneFile[] {
  mkdirSync(directory, { recursive: true });
  return exhibitCounts.map((exhibits) => {
    const input = buildStressScene({ exhibits, models, seed });
    const text = serializeScene(input);
    const name = `stress-${exhibits}.json`;
    writeFileSync(join(directory, name), text);
    return { exhibits, models, seed, urlPath: `/bench-scenes/${name}`, bytes: Buffer.byteLength(text), layout: layoutScene(sceneSchema.parse(input)) };
  });
}
