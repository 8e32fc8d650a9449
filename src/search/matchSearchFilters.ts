/**
 * The test a document passes for the search filters (`SearchFilters`). The facet lists are
 * computed once per document by `buildSearchDocuments`, so a filter is a few `includes` on one- or
 * two-element arrays per candidate, whichever kind it is.
 */
import type { SearchDocument, SearchFilters } from './searchTypes';

/** Whether a document passes every filter that is set. */
export function matchesSearchFilters(document: SearchDocument, filters: SearchFilters): boolean {
  if (filters.kinds && !filters.kinds.includes(document.kind)) return false;
  if (filters.hallId !== undefined && !document.hallIds.includes(filters.hallId)) return false;
  if (filters.zoneId !== undefined && !document.zoneIds.includes(filters.zoneId)) return false;
  if (filters.category !== undefined && !document.categories.includes(filters.category)) return false;
  if (filters.country !== undefined && !document.countries.includes(filters.country)) return false;
  return true;
}

/** Whether any filter is set. */
export function hasSearchFilters(filters: SearchFilters | undefined): filters is SearchFilters {
  if (!filters) return false;
  return filters.kinds !== undefined || filters.hallId !== undefined || filters.zoneId !== undefined || filters.category !== undefined || filters.country !== undefined;
}
