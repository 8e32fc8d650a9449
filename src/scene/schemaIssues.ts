/**
 * Turns zod issues into sentences a curator can act on: which booth, which field, what was
 * expected and what was found, e.g. `booth A-017: "positionM[1]" must be a number, found a string`.
 */
import type { z } from 'zod';
import { sceneSchema } from './schema';
import type { JsonPath, UnplacedDiagnostic } from './diagnostics';
import { describeJsonType, describeSubject, valueAt } from './describeEntity';
import { describeOddCharacters, echoId, echoText } from './echoValue';

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
  const out = collectDiagnostics(issues, document, prefix);
  // A misspelt field shows up twice: as unknown ("positon") and as missing ("positionM"). The
  // first says what to do, so the second is dropped.
  const suggested = new Set(out.filter((d) => d.rule === 'unknown-field' && d.suggestion).map((d) => formatPathKey([...d.path.slice(0, -1), d.suggestion ?? ''])));
  return out
    .filter((d) => !(d.rule === 'missing-field' && suggested.has(formatPathKey(d.path))))
    .map(({ suggestion: _suggestion, ...diagnostic }) => diagnostic);
}

interface SuggestingDiagnostic extends UnplacedDiagnostic {
  suggestion?: string;
}

function formatPathKey(path: JsonPath): string {
  return path.map(String).join('\u0000');
}

function collectDiagnostics(issues: readonly Issue[], document: unknown, prefix: JsonPath): SuggestingDiagnostic[] {
  const out: SuggestingDiagnostic[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol')];
    if (issue.code === 'invalid_union') {
      // A branch whose problems all lie inside the value accepted the value's shape: that is the
      // one the curator meant, so its own problems are the ones to report.
      const meant = issue.errors.filter((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0));
      if (meant.length === 1 && meant[0]) {
        out.push(...collectDiagnostics(meant[0], document, path));
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = suggestKey(key, path);
        const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
        const odd = describeOddCharacters(key);
        const sentence = `unknown field "${echoId(key)}"${odd ? ` (${odd})` : ''}${hint}`;
        out.push({ ...withSubject(document, [...path, key], 'unknown-field', sentence), ...(suggestion ? { suggestion } : {}) });
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
  if (isMissing(issue, document, path)) return 'missing-field';
  return `schema-${issue.code.replaceAll('_', '-')}`;
}

/** A required field that is not there at all (as opposed to there with a wrong value). */
function isMissing(issue: Issue, document: unknown, path: JsonPath): boolean {
  if (issue.code !== 'invalid_type' && issue.code !== 'invalid_value' && issue.code !== 'invalid_union') return false;
  const parent = valueAt(document, path.slice(0, -1));
  const key = path[path.length - 1];
  return key !== undefined && typeof parent === 'object' && parent !== null && !Object.hasOwn(parent, key);
}

/**
 * The value itself for scalars ("found 4.5", "found \"up\""), otherwise its kind. Strings are cut
 * to a readable length and their invisible characters escaped (`echoText`).
 */
function describeFound(found: unknown): string {
  if (typeof found === 'number' && Number.isFinite(found)) return String(found);
  if (typeof found === 'string') return quote(echoText(found));
  return describeJsonType(found);
}

function quote(echoed: string): string {
  return `"${echoed.replaceAll('"', '\\"')}"`;
}

/**
 * A string that failed a pattern or a list of values because of a character the curator cannot see
 * or tell apart (a zero-width space, a Cyrillic "а" in `hall-а`): the value with that character
 * escaped, and the character named. Patterns and listed values are ASCII, so any other character
 * is the likely reason.
 */
function oddCharacterHint(found: unknown, alreadyShown: boolean): string {
  if (typeof found !== 'string') return '';
  const odd = describeOddCharacters(found);
  if (odd === '') return '';
  return `${alreadyShown ? '' : `, found ${quote(echoId(found))}`}; ${odd}`;
}

function sentenceFor(issue: Issue, document: unknown, path: JsonPath): string {
  const found = valueAt(document, path);
  if (isMissing(issue, document, path)) return 'is required but missing';
  switch (issue.code) {
    case 'invalid_type': {
      if (typeof found === 'number' && !Number.isFinite(found)) return 'is a number too large to use';
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `must be ${expected}, found ${describeFound(found)}`;
    }
    case 'invalid_value':
      return `must be ${expectedValues(issue.values)}, found ${describeFound(found)}${oddCharacterHint(found, true)}`;
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_union':
      return unionSentence(issue, found);
    case 'invalid_format':
      return `${issue.message}${oddCharacterHint(found, false)}`;
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

/** A union failed every branch: say what each branch accepts, e.g. `"outside" or a string`. */
function unionSentence(issue: Extract<Issue, { code: 'invalid_union' }>, found: unknown): string {
  const accepted = issue.errors.map((branch) => {
    const first = branch[0];
    if (!first) return 'something else';
    if (first.code === 'invalid_type') return TYPE_NAMES[first.expected] ?? first.expected;
    if (first.code === 'invalid_value') return expectedValues(first.values);
    if (first.code === 'invalid_format' && first.path.length === 0) return first.message.replace(/^must be /, '');
    return first.path.length > 0 ? (TYPE_NAMES[branchType(first)] ?? 'a list') : first.message;
  });
  return `must be ${[...new Set(accepted)].join(' or ')}, found ${describeFound(found)}`;
}

function branchType(issue: Issue): string {
  return typeof issue.path[0] === 'number' ? 'array' : 'object';
}

function expectedValues(values: readonly unknown[]): string {
  const written = values.map((value) => JSON.stringify(value));
  return written.length === 1 ? (written[0] ?? '') : `one of ${written.join(', ')}`;
}

const MAX_SUGGESTED_KEY_LENGTH = 64;

/** A near-miss of a field name the schema knows at that place ("positon" → "positionM"), or ''. */
function suggestKey(key: string, objectPath: JsonPath): string {
  // No field name is half this long; the edit distance of a 10 MiB key would take seconds.
  if (key.length > MAX_SUGGESTED_KEY_LENGTH) return '';
  let best = '';
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of knownKeysAt(sceneSchema, objectPath)) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
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
