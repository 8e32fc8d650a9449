import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeSceneJsonSchema } from '../../src/scene/jsonSchema';

describe('the committed JSON Schema', () => {
  it('matches the zod schema (run `npm run schema` after changing src/scene/schema.ts)', () => {
    expect(readFileSync('scenes/scene.schema.json', 'utf8')).toBe(serializeSceneJsonSchema());
  });

  it('describes every field for editor hovers', () => {
    const schema = JSON.parse(serializeSceneJsonSchema()) as Record<string, unknown>;
    const undocumented: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      const properties = record.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, child] of Object.entries(properties ?? {})) {
        if (typeof child.description !== 'string' && !['zh', 'en'].includes(key)) undocumented.push(`${path}.${key}`);
        visit(child, `${path}.${key}`);
      }
      for (const key of ['items', 'anyOf', 'oneOf']) {
        const value = record[key];
        if (Array.isArray(value)) value.forEach((item) => visit(item, path));
        else visit(value, path);
      }
    };
    visit(schema, '');
    expect(undocumented).toEqual([]);
  });

  it('is what scene files point their $schema at', () => {
    for (const file of ['scenes/mianyang-2023.json', 'tests/fixtures/valid/minimal.json']) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // the default scene is generated separately; its own test covers it
      }
      expect((JSON.parse(text) as { $schema?: string }).$schema).toMatch(/scene\.schema\.json$/);
    }
  });
});
