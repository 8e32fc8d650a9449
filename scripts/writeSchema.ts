/** Writes scenes/scene.schema.json from the zod schema (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { SCENE_SCHEMA_FILE, serializeSceneJsonSchema } from '../src/scene/jsonSchema';

const target = `scenes/${SCENE_SCHEMA_FILE}`;
writeFileSync(target, serializeSceneJsonSchema());
console.log(`wrote ${target}`);
