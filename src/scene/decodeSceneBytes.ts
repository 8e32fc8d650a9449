/**
 * The encoding check, done on the file's bytes before anything reads them as text. Scene files are
 * UTF-8 (with or without a byte order mark). Decoding anything else as UTF-8 either fails late with
 * a message about the wrong thing (UTF-16 gave "1:1 unexpected character") or, worse, succeeds
 * with replacement characters, and visitors read mojibake (a GBK file from Chinese office software
 * was accepted silently; issue 11). So the encoding is named and the file refused, pointing at the
 * first byte that is not UTF-8.
 *
 * Detection, cheapest first: a UTF-16 byte order mark, or the NUL bytes every ASCII character of
 * UTF-16 carries; then a strict UTF-8 decode; only when that fails, a strict GBK decode (the
 * WHATWG "gbk" decoder, in browsers and in Node's ICU) that succeeds and yields Chinese characters.
 */
import type { Diagnostic } from './diagnostics';

export type DecodedScene = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** The rule name of every encoding diagnostic. */
export const ENCODING_RULE = 'file-encoding';

/** Bytes looked at for the NUL pattern of UTF-16 without a byte order mark. */
const SNIFF_BYTES = 1024;

export function decodeSceneBytes(bytes: Uint8Array): DecodedScene {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return refuse(`this file looks like UTF-16 (${utf16} endian), not UTF-8: save it as UTF-8`, 1, 1);

  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    // Not UTF-8: find where, and what it is more likely to be.
  }
  const bad = firstInvalidUtf8Byte(body);
  const { line, column } = positionOfByte(body, bad);
  const byte = `0x${(body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
  const where = `(byte ${byte} here is the first that is not UTF-8)`;
  if (looksLikeGbk(body)) return refuse(`this file looks like GBK, not UTF-8: save it as UTF-8 ${where}`, line, column);
  return refuse(`this file is not valid UTF-8: save it as UTF-8 ${where}`, line, column);
}

function refuse(message: string, line: number, column: number): DecodedScene {
  return { ok: false, diagnostic: { severity: 'error', rule: ENCODING_RULE, message, path: [], line, column } };
}

/** 'little' or 'big' for UTF-16 (by its byte order mark, or by NUL bytes on one side of each pair). */
function utf16ByteOrder(bytes: Uint8Array): 'little' | 'big' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big';
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs === 0) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let pair = 0; pair < pairs; pair += 1) {
    if (bytes[pair * 2] === 0) evenNuls += 1;
    if (bytes[pair * 2 + 1] === 0) oddNuls += 1;
  }
  // JSON is mostly ASCII, so in UTF-16 nearly every pair has a NUL on the same side; UTF-8 text
  // has no NUL at all. Half the pairs is a wide margin either way.
  if (oddNuls * 2 >= pairs && evenNuls * 4 < pairs) return 'little';
  if (evenNuls * 2 >= pairs && oddNuls * 4 < pairs) return 'big';
  return undefined;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = utf8SequenceAt(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length;
}

/** The length of the well-formed UTF-8 sequence starting at `index` (1 for ASCII), or 0. */
function utf8SequenceAt(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    // No overlong forms (E0 80–9F) and no surrogates (ED A0–BF).
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let offset = 1; offset < length; offset += 1) {
    const next = bytes[index + offset];
    const min = offset === 1 ? low : 0x80;
    const max = offset === 1 ? high : 0xbf;
    if (next === undefined || next < min || next > max) return 0;
  }
  return length;
}

/** 1-based line and column of a byte, counted as the text editors count (UTF-16 units of the decoded line). */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    const byte = bytes[index];
    if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a)) {
      line += 1;
      lineStart = index + 1;
    }
  }
  // Everything before the first invalid byte is valid UTF-8, so this decode is exact.
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/** Han characters, as GBK files written by Chinese office software are full of. */
const CJK = /[\u3400-\u9fff]/;

/**
 * GBK, when it decodes as GBK into Chinese and most of its non-ASCII bytes are not UTF-8. The
 * second test matters: UTF-8 Chinese text also decodes as GBK (into the wrong characters), so a
 * UTF-8 file with one stray byte would otherwise be called GBK.
 */
function looksLikeGbk(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let index = 0; index < bytes.length; ) {
    if ((bytes[index] ?? 0) < 0x80) {
      index += 1;
      continue;
    }
    const length = utf8SequenceAt(bytes, index);
    if (length === 0) invalid += 1;
    else valid += 1;
    index += Math.max(length, 1);
  }
  if (valid >= invalid) return false;
  let text: string;
  try {
    text = new TextDecoder('gbk', { fatal: true }).decode(bytes);
  } catch {
    // Not GBK either (or a runtime without the decoder): the plain "not UTF-8" message fits.
    return false;
  }
  return CJK.test(text);
}
