/**
 * Diagnostics: what the validator tells a curator. Every one names the file, the JSON path, the
 * line:column and a plain sentence, and is either an error (the scene cannot be shown) or a
 * warning (it can, but something looks wrong).
 */

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
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
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

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const diagnostic of diagnostics) if (diagnostic.severity === 'error') errors += 1;
  return { errors, warnings: diagnostics.length - errors };
}

/** Errors first, then by position in the file, so the list reads top to bottom. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.line - b.line || a.column - b.column,
  );
}
