/**
 * The nesting limit, checked before anything else reads the text. Every later step (jsonc-parser's
 * scanner and tree, zod, the path helpers) walks the document recursively, and 20 KB of `[[[[…`
 * (valid JSON or never closed) made them overflow the stack: the validator printed a stack trace
 * and dropped the other files' reports, the app said only "Maximum call stack size exceeded"
 * (issue 11). This scan keeps one counter and no stack, so no input can make it recurse.
 *
 * A scene needs 6 levels (root → exhibits → exhibit → media → item → title, or root → halls →
 * hall → zones → zone → rect); 64 leaves room for any future field and is far below the ~2,000
 * levels where the recursive steps overflowed in Node and Chrome.
 */

/** Objects and arrays inside one another, counting the top-level object as 1. */
export const MAX_NESTING_DEPTH = 64;

const QUOTE = 34;
const BACKSLASH = 92;
const SLASH = 47;
const STAR = 42;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/**
 * The offset of the first `[` or `{` that opens level `limit + 1`, or undefined when the text
 * never nests that deep. The text need not be valid JSON: thousands of unclosed brackets are found
 * just the same. Strings and comments end where jsonc-parser's scanner ends them (a string at its
 * closing quote or at a line break, a backslash escaping any character), so no bracket that the
 * scanner would recurse into is missed.
 */
export function findTooDeepNesting(text: string, limit: number = MAX_NESTING_DEPTH): number | undefined {
  let depth = 0;
  const strings = new StringEnds(text);
  // A global regex jumps to the next bracket, quote or slash natively. Over 9 MB of booths this and
  // a plain loop over every character both took 60–180 ms on a loaded two-core machine, less than
  // JSON.parse of the same text (~150 ms); the scan never costs more than the parse it protects.
  const pattern = /["[{\]}/]/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const index = match.index;
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      pattern.lastIndex = strings.endAfter(index + 1);
    } else if (code === SLASH) {
      pattern.lastIndex = endOfComment(text, index);
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > limit) return index;
    } else if (depth > 0) {
      depth -= 1;
    }
  }
  return undefined;
}

/**
 * Where strings end. The next backslash and line break are found once and remembered until the
 * scan passes them, so a string costs one `indexOf` for its closing quote; only a string that
 * holds a backslash or runs into a line break is walked character by character.
 */
class StringEnds {
  private backslash = -1;
  private lineFeed = -1;
  private carriageReturn = -1;

  constructor(private readonly text: string) {}

  /** Where scanning resumes after a string whose content starts at `start`. */
  endAfter(start: number): number {
    const { text } = this;
    const quote = text.indexOf('"', start);
    const close = quote === -1 ? text.length : quote;
    if (this.backslash < start) this.backslash = indexOrInfinity(text.indexOf('\\', start));
    if (this.lineFeed < start) this.lineFeed = indexOrInfinity(text.indexOf('\n', start));
    if (this.carriageReturn < start) this.carriageReturn = indexOrInfinity(text.indexOf('\r', start));
    if (this.backslash > close && this.lineFeed > close && this.carriageReturn > close) return quote === -1 ? text.length : quote + 1;
    for (let index = start; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code === QUOTE) return index + 1;
      if (code === BACKSLASH) index += 1;
      else if (code === LINE_FEED || code === CARRIAGE_RETURN) return index;
    }
    return text.length;
  }
}

function indexOrInfinity(index: number): number {
  return index === -1 ? Infinity : index;
}

/** Where scanning resumes after `//` or `/*` at `slash`; a lone slash is skipped. */
function endOfComment(text: string, slash: number): number {
  const next = text.charCodeAt(slash + 1);
  if (next === SLASH) {
    for (let index = slash + 2; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code === LINE_FEED || code === CARRIAGE_RETURN) return index;
    }
    return text.length;
  }
  if (next === STAR) {
    const end = text.indexOf('*/', slash + 2);
    return end === -1 ? text.length : end + 2;
  }
  return slash + 1;
}
