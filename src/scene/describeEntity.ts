/**
 * Names things the way a curator thinks of them: "booth A-017", "hall 'hall-1'", rather than
 * "booths[16]". Used by schema and semantic messages alike.
 */
import type { JsonPath } from './diagnostics';
import { echoId } from './echoValue';

/** Collections of named things: at the top level, and inside a hall. */
const TOP_LEVEL_NOUNS: Record<string, string> = {
  halls: 'hall',
  booths: 'booth',
  boothGrids: 'booth grid',
  exhibitors: 'exhibitor',
  exhibits: 'exhibit',
  models: 'model',
  viewpoints: 'viewpoint',
  tours: 'tour',
};
const HALL_NOUNS: Record<string, string> = { zones: 'zone', doors: 'door' };

function nounAt(path: JsonPath, index: number): string | undefined {
  const collection = path[index - 1];
  if (typeof collection !== 'string') return undefined;
  if (index === 1) return TOP_LEVEL_NOUNS[collection];
  if (index === 3 && path[0] === 'halls') return HALL_NOUNS[collection];
  return undefined;
}

/**
 * "booth A-017" for a booth with a code, otherwise "<noun> '<id>'", or "<noun> #n" without an id.
 * The id is echoed from a file that failed the schema, so it may be any length or hold anything.
 */
function nameEntity(noun: string, value: unknown, index: number): string {
  if (isRecord(value)) {
    if (noun === 'booth' && typeof value.code === 'string' && value.code !== '') return `booth ${echoId(value.code)}`;
    if (typeof value.id === 'string' && value.id !== '') return `${noun} '${echoId(value.id)}'`;
  }
  return `${noun} #${index + 1}`;
}

export interface Subject {
  /** e.g. "booth A-017", or "expo", or "" at the top level. */
  name: string;
  /** The rest of the path inside that entity, e.g. "positionM[1]". */
  field: string;
}

/** The innermost named entity on `path` within the raw document, and the field below it. */
export function describeSubject(document: unknown, path: JsonPath): Subject {
  let name = '';
  let fieldStart = 0;
  let value: unknown = document;
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index];
    const next = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[segment as string] : undefined;
    const noun = typeof segment === 'number' ? nounAt(path, index) : undefined;
    if (noun !== undefined && typeof segment === 'number') {
      name = nameEntity(noun, next, segment);
      fieldStart = index + 1;
    } else if (index === 0 && segment === 'expo') {
      name = 'expo';
      fieldStart = 1;
    }
    value = next;
  }
  return { name, field: formatField(path.slice(fieldStart)) };
}

function formatField(path: JsonPath): string {
  let text = '';
  for (const segment of path) text += typeof segment === 'number' ? `[${segment}]` : text === '' ? echoId(segment) : `.${echoId(segment)}`;
  return text;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "a string", "an array", "null" … for messages about wrong types. */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}

/** The value at `path` in a raw JSON document, or undefined. */
export function valueAt(document: unknown, path: JsonPath): unknown {
  let value = document;
  for (const segment of path) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<string | number, unknown>)[segment as string];
  }
  return value;
}
