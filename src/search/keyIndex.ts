/**
 * Whole-name keys (a name without separators, its pinyin and initials: 华为, huawei, hw) to the
 * documents bearing them, for the exact-name tier of the ranking.
 *
 * Keys are looked up exactly and nearly every document has its own, so they are stored as two
 * 32-bit hashes per key in sorted typed arrays rather than as index terms: as a MiniSearch field
 * they cost 75 MB of the 100k stress scene's index (122k one-document terms, each with its own
 * maps), as hashes 6 MB. With two independent hashes a stored key matches a different query with
 * odds of about 2^-64.
 */

/** FNV-1a over UTF-16 code units, with a chosen offset basis. */
function hash(text: string, basis: number): number {
  let value = basis;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value | 0;
}

const BASIS_A = 0x811c9dc5 | 0;
const BASIS_B = 0x9747b28c | 0;

/** Exact key lookups. */
export interface KeyIndex {
  /** The documents with this key, in document order. */
  documentsWithKey(key: string): number[];
}

/** Collects keys document by document; `finish` sorts them for lookup. */
export interface KeyIndexBuilder {
  add(document: number, keys: readonly string[]): void;
  finish(): KeyIndex;
}

/** Creates an empty key index builder. */
export function createKeyIndexBuilder(): KeyIndexBuilder {
  const first: number[] = [];
  const second: number[] = [];
  const owners: number[] = [];
  return {
    add(document, keys) {
      for (const key of keys) {
        first.push(hash(key, BASIS_A));
        second.push(hash(key, BASIS_B));
        owners.push(document);
      }
    },
    finish() {
      const order = Int32Array.from(first.keys()).sort((a, b) => (first[a] as number) - (first[b] as number) || (owners[a] as number) - (owners[b] as number));
      const hashes = Int32Array.from(order, (at) => first[at] as number);
      const checks = Int32Array.from(order, (at) => second[at] as number);
      const documents = Int32Array.from(order, (at) => owners[at] as number);
      return {
        documentsWithKey(key) {
          const wanted = hash(key, BASIS_A);
          const check = hash(key, BASIS_B);
          let low = 0;
          let high = hashes.length;
          while (low < high) {
            const middle = (low + high) >> 1;
            if ((hashes[middle] as number) < wanted) low = middle + 1;
            else high = middle;
          }
          const found: number[] = [];
          for (let at = low; at < hashes.length && hashes[at] === wanted; at += 1) {
            const document = documents[at] as number;
            if (checks[at] === check && found[found.length - 1] !== document) found.push(document);
          }
          return found;
        },
      };
    },
  };
}
