/**
 * One normal form for everything search compares: the index, the query and the final substring
 * check all go through `normalizeSearchText`, so a full-width "ＡＢＣ", an accented "Café" or a
 * curly apostrophe match what a visitor types on any keyboard.
 *
 * Hostile input is part of the contract (issue 10): lone surrogates become spaces (they would
 * otherwise survive into terms and never match), and nothing here builds a RegExp from the text.
 */

/** A lone high or low surrogate: half a character, as left by a cut string or a broken paste. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Accents on Latin letters only: stripping marks from kana or Hangul would change the letter. */
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
/** An apostrophe inside a word ("China's", "Xi’an") joins rather than splits it. */
const INNER_APOSTROPHE = /(?<=\p{L})['’](?=\p{L})/gu;
const ASCII_INNER_APOSTROPHE = /(?<=[a-z])'(?=[a-z])/g;
/** Any character outside ASCII: ASCII text needs no Unicode normalization (most English names). */
export const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Lower case, NFKC, Latin accents removed, inner apostrophes dropped, lone surrogates replaced by
 * a space. Never throws, whatever the input.
 */
export function normalizeSearchText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(ASCII_INNER_APOSTROPHE, '');
  return text
    .replace(LONE_SURROGATE, ' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(LATIN_MARKS, '$1')
    .normalize('NFKC')
    // Again: compatibility forms can decompose to capitals ("㎒" → "MHz").
    .toLowerCase()
    .replace(INNER_APOSTROPHE, '');
}
