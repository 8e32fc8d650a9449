/**
 * Values from a scene file quoted in messages: cut to a readable length, with invisible and
 * look-alike characters made visible. A message echoes what the curator wrote so they can find it,
 * but a 10 MiB id once printed 10 million characters (and took 11 s to show in the app), and an id
 * with a zero-width space or a Cyrillic "а" looked exactly like the id it failed to match (issue 11).
 *
 * Ids, codes and field names are ASCII by the schema, so in them every other character is escaped
 * (`\u0430`); in free text only invisible characters are, so Chinese titles stay readable.
 */

/** Characters of a value kept in a message before it is cut. */
export const MAX_ECHO_LENGTH = 60;

/** `1,048,576`: thousands separated the same way on every machine (no locale data needed). */
export function formatCount(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An id, code or field name for a message: non-ASCII and control characters escaped, cut at 60. */
export function echoId(value: string): string {
  return echo(value, isPlainAscii);
}

/** Free text for a message: invisible characters escaped, other text as written, cut at 60. */
export function echoText(value: string): string {
  return echo(value, (code) => !isInvisible(code));
}

/**
 * Escapes and cuts in one pass that stops at the cut, so a 10 MiB value costs no more than a short
 * one. The limit counts the escaped form, so a value of invisible characters cannot grow sixfold.
 */
function echo(value: string, keep: (code: number) => boolean): string {
  let out = '';
  let index = 0;
  while (index < value.length) {
    if (out.length >= MAX_ECHO_LENGTH) return `${out}… (${formatCount(value.length)} characters)`;
    const code = value.codePointAt(index) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    out += keep(code) ? value.slice(index, index + width) : escapeCodePoint(code);
    index += width;
  }
  return out;
}

/** `\u200B`, or `\u{1F600}` beyond the basic plane: the way JavaScript and JSON editors write it. */
export function escapeCodePoint(code: number): string {
  const hex = code.toString(16).toUpperCase();
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

function isPlainAscii(code: number): boolean {
  return code >= 0x20 && code < 0x7f && code !== 0x5c;
}

/** Controls, format characters (zero-width, bidi), separators other than the plain space. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}\u115F\u1160\u3164\uFFA0]$/u;

function isInvisible(code: number): boolean {
  return code !== 0x20 && INVISIBLE.test(String.fromCodePoint(code));
}

interface KnownCharacter {
  name: string;
  /** The ASCII character it is mistaken for, or undefined for an invisible one. */
  looksLike?: string;
}

/** The invisible and look-alike characters curators actually paste into ids, by code point. */
const KNOWN_CHARACTERS = new Map<number, KnownCharacter>([
  [0x00a0, { name: 'NO-BREAK SPACE', looksLike: ' ' }],
  [0x00ad, { name: 'SOFT HYPHEN' }],
  [0x200b, { name: 'ZERO WIDTH SPACE' }],
  [0x200c, { name: 'ZERO WIDTH NON-JOINER' }],
  [0x200d, { name: 'ZERO WIDTH JOINER' }],
  [0x200e, { name: 'LEFT-TO-RIGHT MARK' }],
  [0x200f, { name: 'RIGHT-TO-LEFT MARK' }],
  [0x202a, { name: 'LEFT-TO-RIGHT EMBEDDING' }],
  [0x202b, { name: 'RIGHT-TO-LEFT EMBEDDING' }],
  [0x202c, { name: 'POP DIRECTIONAL FORMATTING' }],
  [0x202d, { name: 'LEFT-TO-RIGHT OVERRIDE' }],
  [0x202e, { name: 'RIGHT-TO-LEFT OVERRIDE' }],
  [0x2060, { name: 'WORD JOINER' }],
  [0x2066, { name: 'LEFT-TO-RIGHT ISOLATE' }],
  [0x2067, { name: 'RIGHT-TO-LEFT ISOLATE' }],
  [0x2068, { name: 'FIRST STRONG ISOLATE' }],
  [0x2069, { name: 'POP DIRECTIONAL ISOLATE' }],
  [0xfeff, { name: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)' }],
  [0x3000, { name: 'IDEOGRAPHIC SPACE', looksLike: ' ' }],
  [0x2010, { name: 'HYPHEN', looksLike: '-' }],
  [0x2011, { name: 'NON-BREAKING HYPHEN', looksLike: '-' }],
  [0x2012, { name: 'FIGURE DASH', looksLike: '-' }],
  [0x2013, { name: 'EN DASH', looksLike: '-' }],
  [0x2014, { name: 'EM DASH', looksLike: '-' }],
  [0x2212, { name: 'MINUS SIGN', looksLike: '-' }],
  [0xff0d, { name: 'FULLWIDTH HYPHEN-MINUS', looksLike: '-' }],
  [0xff0c, { name: 'FULLWIDTH COMMA', looksLike: ',' }],
  [0xff1a, { name: 'FULLWIDTH COLON', looksLike: ':' }],
  [0x3001, { name: 'IDEOGRAPHIC COMMA', looksLike: ',' }],
  [0x201c, { name: 'LEFT DOUBLE QUOTATION MARK', looksLike: '"' }],
  [0x201d, { name: 'RIGHT DOUBLE QUOTATION MARK', looksLike: '"' }],
  [0x2018, { name: 'LEFT SINGLE QUOTATION MARK', looksLike: "'" }],
  [0x2019, { name: 'RIGHT SINGLE QUOTATION MARK', looksLike: "'" }],
  [0x0430, { name: 'CYRILLIC SMALL LETTER A', looksLike: 'a' }],
  [0x0435, { name: 'CYRILLIC SMALL LETTER IE', looksLike: 'e' }],
  [0x043e, { name: 'CYRILLIC SMALL LETTER O', looksLike: 'o' }],
  [0x0440, { name: 'CYRILLIC SMALL LETTER ER', looksLike: 'p' }],
  [0x0441, { name: 'CYRILLIC SMALL LETTER ES', looksLike: 'c' }],
  [0x0443, { name: 'CYRILLIC SMALL LETTER U', looksLike: 'y' }],
  [0x0445, { name: 'CYRILLIC SMALL LETTER HA', looksLike: 'x' }],
  [0x0455, { name: 'CYRILLIC SMALL LETTER DZE', looksLike: 's' }],
  [0x0456, { name: 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I', looksLike: 'i' }],
  [0x0458, { name: 'CYRILLIC SMALL LETTER JE', looksLike: 'j' }],
  [0x03b1, { name: 'GREEK SMALL LETTER ALPHA', looksLike: 'a' }],
  [0x03bf, { name: 'GREEK SMALL LETTER OMICRON', looksLike: 'o' }],
]);

const DIGIT_NAMES = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];

/** A table entry, or the fullwidth forms (０-９, ａ-ｚ, Ａ-Ｚ) that Chinese input methods produce. */
function knownCharacter(code: number): KnownCharacter | undefined {
  const known = KNOWN_CHARACTERS.get(code);
  if (known) return known;
  if (code >= 0xff10 && code <= 0xff19) return { name: `FULLWIDTH DIGIT ${DIGIT_NAMES[code - 0xff10] ?? ''}`, looksLike: String(code - 0xff10) };
  if (code >= 0xff41 && code <= 0xff5a) {
    const letter = String.fromCharCode(code - 0xff41 + 0x61);
    return { name: `FULLWIDTH LATIN SMALL LETTER ${letter.toUpperCase()}`, looksLike: letter };
  }
  if (code >= 0xff21 && code <= 0xff3a) {
    const letter = String.fromCharCode(code - 0xff21 + 0x41);
    return { name: `FULLWIDTH LATIN CAPITAL LETTER ${letter}`, looksLike: letter };
  }
  return undefined;
}

/** Look-alikes that read badly in quotes. */
const LOOKS_LIKE_WORDS: Record<string, string> = { ' ': 'a space', '"': 'a straight double quote', "'": 'a straight single quote' };

/** `U+0430 CYRILLIC SMALL LETTER A, which looks like "a"`; `U+4E2D "中"` for one not in the table. */
export function nameCharacter(code: number): string {
  const point = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const known = knownCharacter(code);
  if (known) {
    if (known.looksLike === undefined) return `${point} ${known.name}, which is invisible`;
    return `${point} ${known.name}, which looks like ${LOOKS_LIKE_WORDS[known.looksLike] ?? `"${known.looksLike}"`}`;
  }
  return isInvisible(code) ? `${point}, which is invisible` : `${point} "${String.fromCodePoint(code)}"`;
}

/** How many distinct odd characters a note names before it only counts the rest. */
const NAMED_IN_NOTE = 2;

/**
 * "it contains U+0430 CYRILLIC SMALL LETTER A, which looks like "a"" for a value that should be
 * plain ASCII (an id, a code, a field name), or '' when it is. Scans at most the first 10,000
 * characters: an odd character past those is not what makes a 10 MiB id wrong.
 */
export function describeOddCharacters(value: string): string {
  const odd: number[] = [];
  const others = new Set<number>();
  const end = Math.min(value.length, 10_000);
  for (let index = 0; index < end; index += 1) {
    const code = value.codePointAt(index) ?? 0;
    if (code > 0xffff) index += 1;
    if ((code >= 0x20 && code < 0x7f) || odd.includes(code)) continue;
    if (odd.length < NAMED_IN_NOTE) odd.push(code);
    else others.add(code);
  }
  if (odd.length === 0) return '';
  const rest = others.size === 0 ? '' : `; and ${formatCount(others.size)} other ${others.size === 1 ? 'character that is' : 'characters that are'} not plain ASCII`;
  return `it contains ${odd.map(nameCharacter).join('; and ')}${rest}`;
}
