/**
 * The JSON Schema that editors use for autocompletion and underlines, generated from the zod
 * schema so the two can never disagree. Draft-07 because VS Code's JSON service supports it best.
 * Checks JSON Schema cannot state (references, overlaps, geometry) live in `checkScene`.
 */
import { z } from 'zod';
import { sceneSchema } from './schema';

export const SCENE_SCHEMA_FILE = 'scene.schema.json';

export function buildSceneJsonSchema(): Record<string, unknown> {
  // `io: 'input'` describes what a curator writes: fields with defaults are optional.
  const generated = z.toJSONSchema(sceneSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: 'https://cloud-expo.invalid/scene.schema.json',
    title: 'Cloud expo scene, format version 1',
    ...generated,
  };
}

export function serializeSceneJsonSchema(): string {
  return `${JSON.stringify(buildSceneJsonSchema(), null, 2)}\n`;
}
