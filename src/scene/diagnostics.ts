/**
 * Diagnostics: what the validator tells a curator. Every one names the file, the JSON path, the
 * line:column and a plain sentence, and is either an error (the scene cannot be shown) or a
 * warning (it can, but something looks wrong).
 */

import { echoId, formatCount, MAX_ECHO_LENGTH } from './echoValue';

export type JsonPath = readonly (string | number)[];

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** A short stable name of the rule, e.g. "unknown-reference", for tests and filtering. */
  rule: string;
  /** A plain sentence a curator can act on. */
  message: string;
  /** Where in the JSON document the problem is. */
  path: JsonPath;
  /** 1-based line and column of `path` in the file text (1:1 when the file has no such place). */
  line: number;
  column: number;
}

/** A diagnostic before it has been given a position in the text. */
export type UnplacedDiagnostic = Omit<Diagnostic, 'line' | 'column'>;

/** `booths[3].positionM[1]`, the way a curator would write it in JavaScript. */
export function formatJsonPath(path: JsonPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (segment.length <= MAX_ECHO_LENGTH && /^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    // A field name is echoed like any value from the file: a 10 MiB key is cut, odd characters escaped.
    else text += `["${echoId(segment).replaceAll('"', '\\"')}"]`;
  }
  return text === '' ? '(root)' : text;
}

/**
 * One line in the form editors and terminals turn into a link:
 * `scenes/x.json:40:18: error: booth A-017 references unknown exhibitor 'huawei-x' (at booths[16].exhibitor)`
 */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  return `${file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message} (at ${formatJsonPath(diagnostic.path)})`;
}

/** Errors and warnings in a file: all that were found, even where fewer are kept. */
export interface DiagnosticCounts {
  errors: number;
  warnings: number;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  let errors = 0;
  for (const diagnostic of diagnostics) if (diagnostic.severity === 'error') errors += 1;
  return { errors, warnings: diagnostics.length - errors };
}

/** "1 error", "1,000 errors and 3 warnings": the counts in words, for the validator's lines. */
export function describeCounts({ errors, warnings }: DiagnosticCounts): string {
  const plural = (count: number, noun: string) => `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
  if (warnings === 0) return plural(errors, 'error');
  if (errors === 0) return plural(warnings, 'warning');
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')}`;
}

/**
 * "showing 200 of 1,000 errors" when the list was cut, '' when every problem is shown. A list that
 * stops at 200 without saying so reads as "200 errors" (issue 11).
 */
export function describeShown(shown: number, counts: DiagnosticCounts): string {
  return shown < counts.errors + counts.warnings ? `showing ${formatCount(shown)} of ${describeCounts(counts)}` : '';
}

/**
 * Errors that change what exists in the scene: a field written twice (JSON keeps only the last
 * value) and an id given twice. Any other error may be their consequence (a booth that names the
 * exhibitor whose id was overwritten by a copy-paste), so they are listed first, whatever their
 * place in the file: a curator fixing the list top to bottom fixes the cause before its echoes.
 */
const CAUSE_RULES: ReadonlySet<string> = new Set(['duplicate-field', 'duplicate-id']);

function causeRank(diagnostic: Diagnostic): number {
  return CAUSE_RULES.has(diagnostic.rule) ? 0 : 1;
}

/**
 * Errors first, then warnings; among errors, causes (duplicate fields and ids) before the rest;
 * then by position in the file, so the list reads top to bottom.
 */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      causeRank(a) - causeRank(b) ||
      a.line - b.line ||
      a.column - b.column,
  );
}
