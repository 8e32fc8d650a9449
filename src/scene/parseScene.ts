/**
 * Reads a scene file: bytes → text → nesting → JSON → schema → layout → cross-checks, collecting
 * every problem with its line:column. Never throws on bad input; `parseSceneOrThrow` is the
 * throwing variant.
 *
 * The two guards come first because everything after them can be defeated by the input itself:
 * the encoding (a GBK file decodes to mojibake without an error) and the nesting depth (the
 * steps after it recurse, and 20 KB of brackets overflowed the stack; issue 11).
 */
import { sceneSchema, type Scene } from './schema';
import { countBySeverity, sortDiagnostics, type Diagnostic, type DiagnosticCounts, type UnplacedDiagnostic } from './diagnostics';
import { decodeSceneBytes } from './decodeSceneBytes';
import { findTooDeepNesting, MAX_NESTING_DEPTH } from './nestingDepth';
import { echoId, echoText } from './echoValue';
import { TextLocator } from './textLocation';
import { findSyntaxErrors } from './syntaxErrors';
import { diagnosticsFromSchemaIssues } from './schemaIssues';
import { layoutScene, type LaidOutScene } from './layout';
import { checkDuplicateIds } from './checkIdentity';
import { checkReferences } from './checkReferences';
import { checkGeometry } from './checkGeometry';
import { checkTours } from './checkTours';
import { checkExhibitViews } from './checkExhibitViews';
import { findDuplicateKeys } from './duplicateKeys';
import { describeSubject } from './describeEntity';
import { getLocation } from 'jsonc-parser';

export interface ParseResult {
  /** Present when the file is valid JSON matching the schema (even if cross-checks found errors). */
  layout: LaidOutScene | undefined;
  /**
   * Errors first, then warnings, each in file order (see `sortDiagnostics`); at most
   * `MAX_DIAGNOSTICS`, the first ones in that order.
   */
  diagnostics: Diagnostic[];
  /** Every problem found, including those beyond the cap, so the cut can be disclosed. */
  totals: DiagnosticCounts;
  /** True when there is no error (warnings allowed): the scene can be shown. */
  ok: boolean;
}

/** At most this many diagnostics are kept; a badly broken file would otherwise flood the screen. */
export const MAX_DIAGNOSTICS = 200;

/** The rule of the nesting limit's diagnostic. */
export const NESTING_RULE = 'nesting-too-deep';

/** A scene file as it is stored: the encoding is checked on the bytes, then the text is parsed. */
export function parseSceneBytes(bytes: Uint8Array): ParseResult {
  const decoded = decodeSceneBytes(bytes);
  if (!decoded.ok) return finish(undefined, [decoded.diagnostic]);
  return parseScene(decoded.text);
}

/** A scene file already decoded to text (a leading byte order mark is ignored). */
export function parseScene(text: string): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const locator = new TextLocator(source);

  const tooDeep = findTooDeepNesting(source);
  if (tooDeep !== undefined) {
    const bracket = source[tooDeep] ?? '[';
    const message = `nested too deeply: this "${bracket}" opens level ${MAX_NESTING_DEPTH + 1} of objects and arrays inside each other; a scene file may nest at most ${MAX_NESTING_DEPTH} (a scene needs 6)`;
    return finish(undefined, [{ severity: 'error', rule: NESTING_RULE, message, path: [], ...locator.positionOf(tooDeep) }]);
  }

  let document: unknown;
  try {
    document = JSON.parse(source);
  } catch (parseError) {
    const problems = findSyntaxErrors(source);
    if (problems.length === 0) {
      // jsonc-parser accepted what JSON.parse refused: fall back to the engine's own words.
      const reason = parseError instanceof Error ? parseError.message : String(parseError);
      problems.push({ severity: 'error', rule: 'json-syntax', message: `not valid JSON: ${echoText(reason)}`, path: [], offset: 0 });
    }
    return finish(undefined, problems.map(({ offset, ...problem }) => ({ ...problem, ...locator.positionOf(offset) })));
  }

  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    const problem: UnplacedDiagnostic = { severity: 'error', rule: 'not-an-object', message: 'a scene file must be a JSON object { … } at the top level', path: [] };
    return finish(undefined, place([problem], locator));
  }

  const duplicates = duplicateKeyDiagnostics(source, document, locator);
  const parsed = sceneSchema.safeParse(document);
  if (!parsed.success) {
    return finish(undefined, [...duplicates, ...place(diagnosticsFromSchemaIssues(parsed.error.issues, document), locator)]);
  }

  const layout = layoutScene(parsed.data);
  return finish(layout, [...duplicates, ...place(checkLaidOutScene(layout), locator)]);
}

/**
 * Sorts every problem, then keeps the first `MAX_DIAGNOSTICS`: sorting first means the ones shown
 * are the first in the file, not the first some check happened to find. The counts cover them all.
 */
function finish(layout: LaidOutScene | undefined, all: Diagnostic[]): ParseResult {
  const totals = countBySeverity(all);
  const diagnostics = sortDiagnostics(all).slice(0, MAX_DIAGNOSTICS);
  return { layout, diagnostics, totals, ok: layout !== undefined && totals.errors === 0 };
}

/** Cross-checks that need the whole scene: ids, references, geometry. */
export function checkLaidOutScene(layout: LaidOutScene): UnplacedDiagnostic[] {
  const problems: UnplacedDiagnostic[] = [];
  const ids = checkDuplicateIds(layout, problems);
  checkReferences(layout, ids, problems);
  checkGeometry(layout, ids, problems);
  checkTours(layout, ids, problems);
  checkExhibitViews(layout, problems);
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
      message: `${subject.name ? `${subject.name}: ` : ''}field "${echoId(key)}" is written twice in one object (first at ${first.line}:${first.column}); only one value can be kept`,
      path,
      ...locator.positionOf(offset),
    };
  });
}

/** Gives every problem its position: all of them, because the cap applies after sorting. */
function place(problems: readonly UnplacedDiagnostic[], locator: TextLocator): Diagnostic[] {
  return problems.map((problem) => ({
    ...problem,
    ...locator.positionOf(locator.offsetOf(problem.path, problem.rule === 'unknown-field')),
  }));
}

/** Thrown by `parseSceneOrThrow`; carries every diagnostic. */
export class SceneValidationError extends Error {
  constructor(
    readonly file: string,
    readonly diagnostics: Diagnostic[],
    /** Errors found in all, when `diagnostics` was cut at `MAX_DIAGNOSTICS`. */
    totalErrors: number = countBySeverity(diagnostics).errors,
  ) {
    const first = diagnostics.find((diagnostic) => diagnostic.severity === 'error');
    super(
      first
        ? `${file}:${first.line}:${first.column}: ${first.message}${totalErrors > 1 ? ` (and ${totalErrors - 1} more errors)` : ''}`
        : `${file}: invalid scene`,
    );
    this.name = 'SceneValidationError';
  }
}

export function parseSceneOrThrow(text: string, file: string): { scene: Scene; layout: LaidOutScene; warnings: Diagnostic[] } {
  const result = parseScene(text);
  if (!result.ok || !result.layout) throw new SceneValidationError(file, result.diagnostics, result.totals.errors);
  return { scene: result.layout.scene, layout: result.layout, warnings: result.diagnostics };
}

/** The canonical text of a scene: two-space JSON with a final newline, as the generator writes it. */
export function serializeScene(scene: unknown): string {
  return `${JSON.stringify(scene, null, 2)}\n`;
}
