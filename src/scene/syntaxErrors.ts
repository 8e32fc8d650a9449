/**
 * Bad JSON, reported where it is. `JSON.parse` messages differ between browsers and Node versions,
 * so positions and wording come from `jsonc-parser`'s scanner, set to strict JSON (no comments,
 * no trailing commas) because other tools read these files with `JSON.parse`.
 *
 * Only the first syntax error is reported: after one, the scanner's later complaints are mostly
 * echoes of it ("expected a value" after an unquoted word), which would send a curator hunting
 * for problems that are not there.
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import type { UnplacedDiagnostic } from './diagnostics';
import { escapeCodePoint, nameCharacter } from './echoValue';

type ErrorName = ReturnType<typeof printParseErrorCode>;

// Keyed by name: jsonc-parser's codes are an ambient const enum, unusable as values here.
const MESSAGES: Record<ErrorName, string> = {
  InvalidSymbol: 'unexpected character; JSON values are objects, arrays, strings in double quotes, numbers, true, false or null',
  InvalidNumberFormat: 'this number is not written the JSON way (no leading +, no leading zeros, no trailing dot)',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value here',
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
  InvalidEscapeCharacter: 'invalid escape sequence in a string (write \\\\ for a backslash, \\" for a quote)',
  InvalidCharacter: 'control characters such as tabs and line breaks must be escaped inside strings (\\t, \\n)',
  '<unknown ParseErrorCode>': 'this is not valid JSON here',
};

export interface SyntaxProblem extends UnplacedDiagnostic {
  offset: number;
}

interface Opening {
  offset: number;
  kind: 'object' | 'array';
}

/** The first syntax error in `text`, or none when the text is strict JSON. */
export function findSyntaxErrors(text: string): SyntaxProblem[] {
  if (text.trim() === '') {
    return [problem('the file is empty; a scene file is a JSON object', 0)];
  }
  let first: SyntaxProblem | undefined;
  const open: Opening[] = [];
  // The scanner ends an unterminated object at the end of the file before it reports the error.
  let unclosed: Opening | undefined;
  const close = (offset: number, bracket: string) => {
    const opening = open.pop();
    if (text[offset] !== bracket) unclosed ??= opening;
  };
  visit(
    text,
    {
      onObjectBegin: (offset) => void open.push({ offset, kind: 'object' }),
      onObjectEnd: (offset) => close(offset, '}'),
      onArrayBegin: (offset) => void open.push({ offset, kind: 'array' }),
      onArrayEnd: (offset) => close(offset, ']'),
      onError: (error, offset, length) => {
        first ??= explain(text, printParseErrorCode(error as ParseErrorCode), offset, length, unclosed);
      },
      onComment: (offset) => {
        first ??= problem(MESSAGES.InvalidCommentToken, offset);
      },
    },
    { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false },
  );
  return first ? [first] : [];
}

function problem(message: string, offset: number): SyntaxProblem {
  return { severity: 'error', rule: 'json-syntax', message, path: [], offset };
}

/** A message and position for one scanner error, made as precise as the text allows. */
function explain(text: string, name: ErrorName, offset: number, length: number, unclosed: Opening | undefined): SyntaxProblem {
  const token = text.slice(offset, offset + Math.max(length, 1));
  switch (name) {
    case 'PropertyNameExpected':
    case 'ValueExpected': {
      const before = previousNonSpace(text, offset);
      if (text[before] === ',' && (text[offset] === '}' || text[offset] === ']')) {
        return problem(`trailing comma: remove the "," before "${text[offset]}"`, before);
      }
      if (name === 'PropertyNameExpected' && text[offset] === "'") return problem('property names need double quotes, not single quotes', offset);
      return problem(MESSAGES[name], offset);
    }
    case 'InvalidSymbol': {
      if (token.startsWith("'")) return problem('strings need double quotes, not single quotes', offset);
      if (text[offset] === '+' && /\d/.test(text[offset + 1] ?? '')) return problem('numbers may not start with "+"', offset);
      const word = /^[A-Za-z_]\w*/.exec(text.slice(offset, offset + 40))?.[0];
      if (word === 'NaN' || word === 'Infinity') return problem(`JSON has no ${word}; write an ordinary number`, offset);
      if (word) {
        const hint = /^(true|false|null)$/i.test(word) ? `; JSON writes ${word.toLowerCase()} in lower case` : '; strings need double quotes';
        return problem(`unexpected word "${word}"${hint}`, offset);
      }
      return problem(`unexpected character ${showCharacter(text.codePointAt(offset) ?? 0)}; ${MESSAGES.InvalidSymbol.split('; ')[1]}`, offset);
    }
    case 'CommaExpected': {
      const leadingZero = leadingZeroNumberBefore(text, offset);
      if (leadingZero !== undefined) return problem('numbers may not start with 0 unless they are 0 or 0.something (write 40, not 040)', leadingZero);
      return problem(MESSAGES[name], offset);
    }
    case 'CloseBraceExpected':
    case 'CloseBracketExpected': {
      if (unclosed && offset >= text.trimEnd().length) {
        const [line, column] = lineAndColumn(text, unclosed.offset);
        return problem(`the file ends before the ${unclosed.kind} opened at line ${line}, column ${column} is closed with "${unclosed.kind === 'object' ? '}' : ']'}"`, offset);
      }
      return problem(MESSAGES[name], offset);
    }
    case 'InvalidCharacter':
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return problem(MESSAGES[name], pinpointInString(text, offset, name));
    default:
      return problem(MESSAGES[name], offset);
  }
}

/**
 * `"x"` for a printable ASCII character; otherwise escaped and named, because the characters that
 * end up here are the ones a curator cannot see or tell apart: a no-break space, a curly quote from
 * a word processor, a fullwidth comma from a Chinese input method.
 */
function showCharacter(code: number): string {
  if (code >= 0x21 && code < 0x7f) return `"${String.fromCharCode(code)}"`;
  return `"${escapeCodePoint(code)}" (${nameCharacter(code)})`;
}

function previousNonSpace(text: string, offset: number): number {
  let index = offset - 1;
  while (index >= 0 && /\s/.test(text[index] ?? '')) index -= 1;
  return index;
}

/** Where "040" starts, when the scanner stopped after its "0" and complains about a comma. */
function leadingZeroNumberBefore(text: string, offset: number): number | undefined {
  if (!/\d/.test(text[offset] ?? '') || text[offset - 1] !== '0') return undefined;
  const start = offset - 1;
  return /[\d.\-eE+]/.test(text[start - 1] ?? '') ? undefined : start;
}

/** The offending character inside a string token that starts at `offset`. */
function pinpointInString(text: string, offset: number, name: ErrorName): number {
  for (let index = offset + 1; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (char === '"') break;
    if (name === 'InvalidCharacter' && char.charCodeAt(0) < 0x20) return index;
    if (char === '\\') {
      const next = text[index + 1] ?? '';
      if (name === 'InvalidEscapeCharacter' && !'"\\/bfnrtu'.includes(next)) return index;
      if (name === 'InvalidUnicode' && next === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) return index;
      index += 1;
    }
  }
  return offset;
}

function lineAndColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return [line, offset - lastBreak];
}
