/**
 * Duplicate property names in one JSON object: `JSON.parse` silently keeps the last, so a curator
 * who writes "zone" twice loses the first value without a word.
 *
 * A full syntax-tree pass (jsonc-parser's visitor) took ~85 ms on a 4 MB scene; this scanner only
 * looks at strings and braces of text already known to be valid JSON.
 */

export interface DuplicateKey {
  key: string;
  /** Offset of the repeated property name (its opening quote). */
  offset: number;
  /** Offset of the first property with that name in the same object. */
  firstOffset: number;
}

const BACKSLASH = 92;
const COLON = 58;

/**
 * Duplicate keys in `text`, which must be valid JSON. The scan jumps between quotes and braces
 * with native `indexOf` (a per-character loop over 4 MB of mostly indentation took ~20 ms), and
 * key ranges live on one flat stack compared in place, so nothing is allocated per key.
 */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const keyStarts: number[] = [];
  const keyEnds: number[] = [];
  const objectFirstKey: number[] = [];
  const length = text.length;
  let nextQuote = text.indexOf('"');
  let nextOpen = text.indexOf('{');
  let nextClose = text.indexOf('}');
  let position = 0;
  for (;;) {
    // Braces inside a string that was just skipped lie behind `position`: look again from there.
    if (nextOpen !== -1 && nextOpen < position) nextOpen = text.indexOf('{', position);
    if (nextClose !== -1 && nextClose < position) nextClose = text.indexOf('}', position);
    const index = earliest(nextQuote, nextOpen, nextClose);
    if (index === -1) break;
    if (index === nextOpen) {
      objectFirstKey.push(keyStarts.length);
      position = index + 1;
      nextOpen = text.indexOf('{', position);
    } else if (index === nextClose) {
      const first = objectFirstKey.pop() ?? 0;
      keyStarts.length = first;
      keyEnds.length = first;
      position = index + 1;
      nextClose = text.indexOf('}', position);
    } else {
      const end = closingQuote(text, index);
      let next = end + 1;
      while (next < length && isWhitespace(text.charCodeAt(next))) next += 1;
      if (text.charCodeAt(next) === COLON) {
        const first = objectFirstKey[objectFirstKey.length - 1] ?? 0;
        for (let key = first; key < keyStarts.length; key += 1) {
          const otherStart = keyStarts[key] ?? 0;
          if (sameText(text, otherStart, keyEnds[key] ?? 0, index + 1, end)) {
            found.push({ key: decodeKey(text.slice(index + 1, end)), offset: index, firstOffset: otherStart - 1 });
            break;
          }
        }
        keyStarts.push(index + 1);
        keyEnds.push(end);
      }
      position = end + 1;
      nextQuote = text.indexOf('"', position);
    }
  }
  return found;
}

/** The smallest of three `indexOf` results, ignoring -1 (not found). */
function earliest(a: number, b: number, c: number): number {
  const ab = a === -1 ? b : b === -1 ? a : Math.min(a, b);
  return ab === -1 ? c : c === -1 ? ab : Math.min(ab, c);
}

function sameText(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let offset = 0; offset < aEnd - aStart; offset += 1) {
    if (text.charCodeAt(aStart + offset) !== text.charCodeAt(bStart + offset)) return false;
  }
  return true;
}

function decodeKey(raw: string): string {
  return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
}

function closingQuote(text: string, open: number): number {
  let end = text.indexOf('"', open + 1);
  while (end !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return text.length;
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
