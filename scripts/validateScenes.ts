/**
 * The validator behind `npm run validate [files…]`: one line per problem in `file:line:col` form,
 * then a one-line summary per file with the counts after layout expansion.
 */
import { countBySeverity, countScene, formatDiagnostic, formatSceneSummary, parseScene } from '../src/scene';
import { SCENE_SCHEMA_FILE } from '../src/scene/jsonSchema';

export interface ValidationReport {
  lines: string[];
  /** 0 when no file has an error; 1 otherwise. */
  exitCode: number;
}

export type ReadText = (path: string) => string;

/** Scene files in a directory listing: every .json except the JSON Schema itself. */
export function sceneFilesIn(directory: string, names: readonly string[]): string[] {
  return names
    .filter((name) => name.endsWith('.json') && name !== SCENE_SCHEMA_FILE)
    .sort()
    .map((name) => `${directory}/${name}`);
}

export function validateSceneFiles(paths: readonly string[], readText: ReadText): ValidationReport {
  const lines: string[] = [];
  let failed = false;
  for (const path of paths) {
    let text: string;
    try {
      text = readText(path);
    } catch (error) {
      failed = true;
      const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such file' : String(error);
      lines.push(`${path}: error: cannot read the file (${reason})`);
      continue;
    }
    const result = parseScene(text);
    for (const diagnostic of result.diagnostics) lines.push(formatDiagnostic(path, diagnostic));
    const { errors, warnings } = countBySeverity(result.diagnostics);
    if (result.ok && result.layout) {
      lines.push(`${path}: ${formatSceneSummary(countScene(result.layout), warnings)}`);
    } else {
      failed = true;
      lines.push(`${path}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
    }
  }
  return { lines, exitCode: failed ? 1 : 0 };
}
