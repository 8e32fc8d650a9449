import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENCODING_RULE, MAX_DIAGNOSTICS, MAX_NESTING_DEPTH, sceneSchema } from '../../src/scene';

interface SchemaNode {
  _zod: { def: { type: string; innerType?: SchemaNode; element?: SchemaNode; items?: SchemaNode[]; options?: SchemaNode[]; shape?: Record<string, SchemaNode> } };
}

/** Every field name anywhere in the zod schema. */
function allFieldNames(node: SchemaNode, names = new Set<string>(), seen = new Set<SchemaNode>()): Set<string> {
  if (seen.has(node)) return names;
  seen.add(node);
  const def = node._zod.def;
  for (const [key, child] of Object.entries(def.shape ?? {})) {
    names.add(key);
    allFieldNames(child, names, seen);
  }
  for (const child of [def.innerType, def.element, ...(def.items ?? []), ...(def.options ?? [])]) {
    if (child) allFieldNames(child, names, seen);
  }
  return names;
}

describe('docs/scene-format.md', () => {
  it('documents every field of the schema', () => {
    const doc = readFileSync('docs/scene-format.md', 'utf8');
    const names = [...allFieldNames(sceneSchema as unknown as SchemaNode)];
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((name) => !doc.includes(`\`${name}\``) && !doc.includes(`"${name}"`))).toEqual([]);
  });

  it('documents the checks made before the JSON and how messages are ordered, capped and escaped', () => {
    const doc = readFileSync('docs/scene-format.md', 'utf8');
    for (const term of [`\`${ENCODING_RULE}\``, '`nesting-too-deep`', `at most **${MAX_NESTING_DEPTH}**`, `at most **${MAX_DIAGNOSTICS}**`, 'showing 200 of 1,000', '`duplicate-field`', '`duplicate-id`', '\\u200B', 'U+0430 CYRILLIC SMALL LETTER A']) {
      expect(doc, term).toContain(term);
    }
  });
});
