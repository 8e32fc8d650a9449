/**
 * The validator behind `npm run validate [files…]`: one line per problem in `file:line:col` form,
 * then a one-line summary per file with the counts after layout expansion.
 *
 * Each file's report stands alone: files are read as bytes (the encoding is part of the check),
 * and a file that makes the checker itself fail gets one line saying so, while the next file is
 * still checked. One crashing file once hid the report of every other file (issue 11).
 */
import { countScene, describeShown, formatCount, formatDiagnostic, formatSceneSummary, parseScene, parseSceneBytes, type ParseResult } from '../src/scene';
import { SCENE_SCHEMA_FILE } from '../src/scene/jsonSchema';

export interface ValidationReport {
  lines: string[];
  /** 0 when no file has an error; 1 otherwise. */
  exitCode: number;
}

/** A file's bytes, as stored; text is accepted too, from callers that already decoded it. */
export type ReadScene = (path: string) => Uint8Array | string;

/** Parses one file's content; `parseSceneContent` unless a test puts in another. */
export type ParseSceneContent = (content: Uint8Array | string) => ParseResult;

export const parseSceneContent: ParseSceneContent = (content) => (typeof content === 'string' ? parseScene(content) : parseSceneBytes(content));

/** Characters of an unexpected exception's message kept in its one line. */
const MAX_INTERNAL_ERROR_LENGTH = 200;

/** Scene files in a directory listing: every .json except the JSON Schema itself. */
export function sceneFilesIn(directory: string, names: readonly string[]): string[] {
  return names
    .filter((name) => name.endsWith('.json') && name !== SCENE_SCHEMA_FILE)
    .sort()
    .map((name) => `${directory}/${name}`);
}

export function validateSceneFiles(paths: readonly string[], read: ReadScene, parse: ParseSceneContent = parseSceneContent): ValidationReport {
  const lines: string[] = [];
  let failed = false;
  for (const path of paths) {
    let content: Uint8Array | string;
    try {
      content = read(path);
    } catch (error) {
      failed = true;
      const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such file' : String(error);
      lines.push(`${path}: error: cannot read the file (${reason})`);
      continue;
    }
    let result: ParseResult;
    try {
      result = parse(content);
    } catch (error) {
      // The checker promises not to throw; if it ever does, this file says so in one line (not a
      // stack trace) and the next file is still checked.
      failed = true;
      lines.push(`${path}: error: internal error while checking this file: ${describeException(error)}`);
      continue;
    }
    for (const diagnostic of result.diagnostics) lines.push(formatDiagnostic(path, diagnostic));
    const shown = describeShown(result.diagnostics.length, result.totals);
    if (shown) lines.push(`${path}: ${shown}`);
    const { errors, warnings } = result.totals;
    if (result.ok && result.layout) {
      lines.push(`${path}: ${formatSceneSummary(countScene(result.layout), warnings)}`);
    } else {
      failed = true;
      lines.push(`${path}: ${formatCount(errors)} ${errors === 1 ? 'error' : 'errors'}, ${formatCount(warnings)} ${warnings === 1 ? 'warning' : 'warnings'}`);
    }
  }
  return { lines, exitCode: failed ? 1 : 0 };
}

/** The first line of an exception's message, cut to a readable length. */
function describeException(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = message.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return line.length > MAX_INTERNAL_ERROR_LENGTH ? `${line.slice(0, MAX_INTERNAL_ERROR_LENGTH)}…` : line;
}
