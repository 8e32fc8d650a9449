/**
 * Bad JSON, reported where it is. `JSON.parse` messages differ between browsers and Node versions,
 * so positions and wording come from `jsonc-parser`'s scanner, set to strict JSON (no comments,
 * no trailing commas) because other tools read these files with `JSON.parse`.
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import type { UnplacedDiagnostic } from './diagnostics';

// Keyed by name: jsonc-parser's codes are an ambient const enum, unusable as values here.
const MESSAGES: Record<ReturnType<typeof printParseErrorCode>, string> = {
  InvalidSymbol: 'unexpected character; JSON values are objects, arrays, strings in double quotes, numbers, true, false or null',
  InvalidNumberFormat: 'this number is not written the JSON way (no leading +, no leading zeros, no trailing dot)',
  PropertyNameExpected: 'expected a property name in double quotes (is there a trailing comma before "}"?)',
  ValueExpected: 'expected a value here (is there a trailing comma before "]" or "}"?)',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items (a comma is missing)',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: 'unexpected text after the end of the JSON document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'this string is never closed with a double quote',
  UnexpectedEndOfNumber: 'this number ends too early',
  InvalidUnicode: 'invalid \\u escape: it needs four hexadecimal digits',
  InvalidEscapeCharacter: 'invalid escape sequence in a string (use \\\\ for a backslash)',
  InvalidCharacter: 'control characters such as tabs and line breaks must be escaped inside strings (\\t, \\n)',
  '<unknown ParseErrorCode>': 'this is not valid JSON here',
};

export interface SyntaxProblem extends UnplacedDiagnostic {
  offset: number;
}

/** Every syntax error in `text`, in order; empty when the text is strict JSON. */
export function findSyntaxErrors(text: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  if (text.trim() === '') {
    return [{ severity: 'error', rule: 'json-syntax', message: 'the file is empty; a scene file is a JSON object', path: [], offset: 0 }];
  }
  visit(
    text,
    {
      onError: (error, offset) => {
        // One mistake often cascades into several; the first at each place is the useful one.
        if (problems.some((problem) => problem.offset === offset)) return;
        problems.push({ severity: 'error', rule: 'json-syntax', message: MESSAGES[printParseErrorCode(error as ParseErrorCode)], path: [], offset });
      },
      onComment: (offset) => {
        if (problems.some((problem) => problem.offset === offset)) return;
        problems.push({ severity: 'error', rule: 'json-syntax', message: MESSAGES.InvalidCommentToken, path: [], offset });
      },
    },
    { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false },
  );
  return problems.slice(0, 20);
}
