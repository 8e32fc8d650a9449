/**
 * The page's search modules and the index's must share no runtime module: the bundler put a module
 * both used (the filter code) into the index's lazily loaded chunk and had the page import that
 * chunk up front, MiniSearch and pinyin-pro included. This reads the static imports of the sources
 * (type-only imports vanish in the build) and checks the two sides stay apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN_THREAD_ROOTS = ['src/search/buildSearchDocuments.ts', 'src/search/searchFilters.ts', 'src/search/searchTypes.ts', 'src/app/search/createSearchClient.ts'];
const INDEX_ROOT = 'src/search/createSearchIndex.ts';

/** Static runtime imports of a file: `import … from`, `export … from`, `import '…'`; not `import type`. */
function staticImports(path: string): string[] {
  const source = readFileSync(path, 'utf8');
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?'([^']+)'/gms)) {
    // `./x.ts?worker&url` is only the address of a file the bundler emits apart: nothing of it is imported here.
    if (match[1] && !/\?(?:.*&)?url$/.test(match[1])) specifiers.push(match[1]);
  }
  return specifiers;
}

function resolve(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = normalize(join(dirname(from), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (candidate.endsWith('ts') && existsSync(candidate)) return candidate;
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

/** Every module (source path or package name) reachable through static runtime imports. */
function reachable(roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const next = queue.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    if (next.startsWith('src/')) for (const specifier of staticImports(next)) queue.push(resolve(next, specifier));
  }
  return seen;
}

describe('the search bundle boundary', () => {
  it('reads imports the way the build does', () => {
    expect([...reachable([INDEX_ROOT])]).toEqual(expect.arrayContaining(['minisearch', 'minisearch/SearchableMap', 'pinyin-pro', 'src/search/matchSearchFilters.ts']));
  });

  it('keeps MiniSearch and pinyin-pro out of the page\'s static imports', () => {
    const page = [...reachable(MAIN_THREAD_ROOTS)];
    expect(page.filter((module) => module.startsWith('minisearch') || module === 'pinyin-pro' || module === INDEX_ROOT)).toEqual([]);
  });

  it('shares no module between the page side and the index side', () => {
    const index = reachable([INDEX_ROOT]);
    expect([...reachable(MAIN_THREAD_ROOTS)].filter((module) => index.has(module))).toEqual([]);
  });
});
