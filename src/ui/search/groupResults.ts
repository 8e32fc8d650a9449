/**
 * Results as the listbox shows them: grouped by kind (exhibits, exhibitors, booths, zones, halls),
 * each group in the order of its best result, results in their own order inside a group.
 */
import type { SearchKind, SearchResult } from '../../search';

export interface ResultGroup {
  kind: SearchKind;
  results: SearchResult[];
}

export function groupResults(results: readonly SearchResult[]): ResultGroup[] {
  const groups: ResultGroup[] = [];
  for (const result of results) {
    let group = groups.find((candidate) => candidate.kind === result.kind);
    if (!group) {
      group = { kind: result.kind, results: [] };
      groups.push(group);
    }
    group.results.push(result);
  }
  return groups;
}

/** The results in the order the listbox shows them (group by group): what ↑ and ↓ step through. */
export function displayOrder(groups: readonly ResultGroup[]): SearchResult[] {
  return groups.flatMap((group) => group.results);
}
