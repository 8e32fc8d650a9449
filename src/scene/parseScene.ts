/**
 * Reads a scene file: text → JSON → schema → layout → cross-checks, collecting every problem with
 * its line:column. Never throws on bad input; `parseSceneOrThrow` is the throwing variant.
 */
import { sceneSchema, type Scene } from './schema';
import { sortDiagnostics, type Diagnostic, type UnplacedDiagnostic } from './diagnostics';
import { TextLocator } from './textLocation';
import { findSyntaxErrors } from './syntaxErrors';
import { diagnosticsFromSchemaIssues } from './schemaIssues';
import { layoutScene, type LaidOutScene } from './layout';
import { checkDuplicateIds } from './checkIdentity';
import { checkReferences } from './checkReferences';
import { checkGeometry } from './checkGeometry';
import { findDuplicateKeys } from './duplicateKeys';
import { describeSubject } from './describeEntity';
import { getLocation } from 'jsonc-parser';

export interface ParseResult {
  /** Present when the file is valid JSON matching the schema (even if cross-checks found errors). */
  layout: LaidOutScene | undefined;
  /** Errors first, then warnings, each in file order. */
  diagnostics: Diagnostic[];
  /** True when there is no error (warnings allowed): the scene can be shown. */
  ok: boolean;
}

/** At most this many diagnostics are kept; a badly broken file would otherwise flood the screen. */
const MAX_DIAGNOSTICS = 200;

export function parseScene(text: string): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const locator = new TextLocator(source);

  let document: unknown;
  try {
    document = JSON.parse(source);
  } catch (parseError) {
    const problems = findSyntaxErrors(source);
    if (problems.length === 0) {
      // jsonc-parser accepted what JSON.parse refused: fall back to the engine's own words.
      const reason = parseError instanceof Error ? parseError.message : String(parseError);
      problems.push({ severity: 'error', rule: 'json-syntax', message: `not valid JSON: ${reason}`, path: [], offset: 0 });
    }
    const diagnostics = problems.map(({ offset, ...problem }) => ({ ...problem, ...locator.positionOf(offset) }));
    return { layout: undefined, diagnostics, ok: false };
  }

  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    const problem: UnplacedDiagnostic = { severity: 'error', rule: 'not-an-object', message: 'a scene file must be a JSON object { … } at the top level', path: [] };
    return { layout: undefined, diagnostics: place([problem], locator), ok: false };
  }

  const duplicates = duplicateKeyDiagnostics(source, document, locator);
  const parsed = sceneSchema.safeParse(document);
  if (!parsed.success) {
    const diagnostics = sortDiagnostics([...duplicates, ...place(diagnosticsFromSchemaIssues(parsed.error.issues, document), locator)]);
    return { layout: undefined, diagnostics, ok: false };
  }

  const layout = layoutScene(parsed.data);
  const problems = checkLaidOutScene(layout);
  const diagnostics = sortDiagnostics([...duplicates, ...place(problems, locator)]);
  return { layout, diagnostics, ok: !diagnostics.some((diagnostic) => diagnostic.severity === 'error') };
}

/** Cross-checks that need the whole scene: ids, references, geometry. */
export function checkLaidOutScene(layout: LaidOutScene): UnplacedDiagnostic[] {
  const problems: UnplacedDiagnostic[] = [];
  const ids = checkDuplicateIds(layout, problems);
  checkReferences(layout, ids, problems);
  checkGeometry(layout, ids, problems);
  return problems;
}

/** A property written twice in one object: JSON keeps the last value, so the first would be lost. */
function duplicateKeyDiagnostics(text: string, document: unknown, locator: TextLocator): Diagnostic[] {
  return findDuplicateKeys(text).map(({ key, offset, firstOffset }) => {
    const path = [...getLocation(text, offset + 1).path.slice(0, -1), key];
    const subject = describeSubject(document, path);
    const first = locator.positionOf(firstOffset);
    return {
      severity: 'error',
      rule: 'duplicate-field',
      message: `${subject.name ? `${subject.name}: ` : ''}field "${key}" is written twice in one object (first at ${first.line}:${first.column}); only one value can be kept`,
      path,
      ...locator.positionOf(offset),
    };
  });
}

function place(problems: readonly UnplacedDiagnostic[], locator: TextLocator): Diagnostic[] {
  const placed = problems.slice(0, MAX_DIAGNOSTICS).map((problem) => ({
    ...problem,
    ...locator.positionOf(locator.offsetOf(problem.path, problem.rule === 'unknown-field')),
  }));
  return placed;
}

/** Thrown by `parseSceneOrThrow`; carries every diagnostic. */
export class SceneValidationError extends Error {
  constructor(
    readonly file: string,
    readonly diagnostics: Diagnostic[],
  ) {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    const first = errors[0];
    super(
      first
        ? `${file}:${first.line}:${first.column}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more errors)` : ''}`
        : `${file}: invalid scene`,
    );
    this.name = 'SceneValidationError';
  }
}

export function parseSceneOrThrow(text: string, file: string): { scene: Scene; layout: LaidOutScene; warnings: Diagnostic[] } {
  const result = parseScene(text);
  if (!result.ok || !result.layout) throw new SceneValidationError(file, result.diagnostics);
  return { scene: result.layout.scene, layout: result.layout, warnings: result.diagnostics };
}

/** The canonical text of a scene: two-space JSON with a final newline, as the generator writes it. */
export function serializeScene(scene: unknown): string {
  return `${JSON.stringify(scene, null, 2)}\n`;
}
