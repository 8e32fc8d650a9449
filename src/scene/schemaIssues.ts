/**
 * Turns zod issues into sentences a curator can act on: which booth, which field, what was
 * expected and what was found, e.g. `booth A-017: "positionM[1]" must be a number, found a string`.
 */
import type { z } from 'zod';
import { sceneSchema } from './schema';
import type { JsonPath, UnplacedDiagnostic } from './diagnostics';
import { describeJsonType, describeSubject, valueAt } from './describeEntity';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  tuple: 'an array',
  null: 'null',
};

export function diagnosticsFromSchemaIssues(issues: readonly Issue[], document: unknown, prefix: JsonPath = []): UnplacedDiagnostic[] {
  const out: UnplacedDiagnostic[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol')];
    if (issue.code === 'invalid_union') {
      // The branch that accepts the value's type is what the curator meant: report its own problems.
      // A branch whose problems all lie inside the value accepted the value's shape.
      const meant = issue.errors.filter((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0));
      if (meant.length === 1 && meant[0]) {
        out.push(...diagnosticsFromSchemaIssues(meant[0], document, path));
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push(withSubject(document, [...path, key], 'unknown-field', `unknown field "${key}"${suggestKey(key, path)}`));
      }
      continue;
    }
    out.push(withSubject(document, path, ruleOf(issue, document, path), sentenceFor(issue, document, path)));
  }
  return out;
}

function withSubject(document: unknown, path: JsonPath, rule: string, sentence: string): UnplacedDiagnostic {
  const subject = describeSubject(document, path);
  const field = subject.field && rule !== 'unknown-field' ? `"${subject.field}" ` : '';
  const lead = subject.name ? `${subject.name}: ` : '';
  return { severity: 'error', rule, message: `${lead}${field}${sentence}`, path };
}

function ruleOf(issue: Issue, document: unknown, path: JsonPath): string {
  if (issue.code === 'invalid_type' && valueAt(document, path) === undefined) return 'missing-field';
  return `schema-${issue.code.replaceAll('_', '-')}`;
}

function sentenceFor(issue: Issue, document: unknown, path: JsonPath): string {
  const found = valueAt(document, path);
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return 'is required but missing';
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `must be ${expected}, found ${describeJsonType(found)}`;
    }
    case 'invalid_value':
      if (issue.values.length === 1) return `must be ${JSON.stringify(issue.values[0])}, found ${JSON.stringify(found)}`;
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, found ${JSON.stringify(found)}`;
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_union':
      return unionSentence(issue, found);
    case 'invalid_format':
    case 'custom':
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
    default:
      return issue.message;
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const minimum = Number(issue.minimum);
  switch (issue.origin) {
    case 'array':
    case 'set':
      return minimum === 1 ? 'needs at least one item' : `needs at least ${minimum} items`;
    case 'string':
      return minimum === 1 ? 'must not be empty' : `must be at least ${minimum} characters long`;
    default:
      if (minimum === 0 && !issue.inclusive) return 'must be greater than 0';
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${minimum}`;
  }
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const maximum = Number(issue.maximum);
  switch (issue.origin) {
    case 'array':
    case 'set':
      return `has too many items (at most ${maximum})`;
    case 'string':
      return `is too long (at most ${maximum} characters)`;
    default:
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${maximum}`;
  }
}

/** A union failed every branch: say what the branches accept, or the most specific branch error. */
function unionSentence(issue: Extract<Issue, { code: 'invalid_union' }>, found: unknown): string {
  const branches = issue.errors;
  const typeOnly = branches.every((branch) => branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0);
  if (typeOnly) {
    const expected = branches.map((branch) => {
      const first = branch[0] as Extract<Issue, { code: 'invalid_type' }>;
      return TYPE_NAMES[first.expected] ?? first.expected;
    });
    return `must be ${expected.join(' or ')}, found ${describeJsonType(found)}`;
  }
  const literal = branches.flat().find((inner) => inner.code === 'invalid_value');
  if (literal && typeof found === 'string') {
    const values = (literal as Extract<Issue, { code: 'invalid_value' }>).values.map((value) => JSON.stringify(value));
    const other = branches.flat().find((inner) => inner.code === 'invalid_format');
    return `must be ${values.join(' or ')}${other ? ` or ${other.message.replace(/^must be /, '')}` : ''}, found ${JSON.stringify(found)}`;
  }
  const first = branches.find((branch) => branch.every((inner) => inner.code !== 'invalid_type'))?.[0];
  if (first && first.path.length === 0) return first.message;
  return `does not match any allowed form (found ${describeJsonType(found)})`;
}

/** `; did you mean "positionM"?` for a near-miss of a field name the schema knows at that place. */
function suggestKey(key: string, objectPath: JsonPath): string {
  let best = '';
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of knownKeysAt(sceneSchema, objectPath)) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ? `; did you mean "${best}"?` : '';
}

interface SchemaNode {
  _zod: { def: { type: string; innerType?: SchemaNode; element?: SchemaNode; items?: SchemaNode[]; shape?: Record<string, SchemaNode> } };
}

/** Field names the schema allows in the object at `path`, found by walking the zod definition. */
export function knownKeysAt(schema: z.ZodType, path: JsonPath): string[] {
  let node: SchemaNode | undefined = unwrap(schema as unknown as SchemaNode);
  for (const segment of path) {
    const def: SchemaNode['_zod']['def'] | undefined = node?._zod.def;
    if (!def) return [];
    if (def.type === 'object') node = def.shape?.[String(segment)];
    else if (def.type === 'array') node = def.element;
    else if (def.type === 'tuple' && typeof segment === 'number') node = def.items?.[segment];
    else return [];
    node = node && unwrap(node);
  }
  const shape = node?._zod.def.type === 'object' ? node._zod.def.shape : undefined;
  return shape ? Object.keys(shape) : [];
}

function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  while (current._zod.def.innerType) current = current._zod.def.innerType;
  return current;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}
