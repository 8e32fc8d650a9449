/**
 * Search as the interface uses it: the app provides it over its search client (an index built in
 * a worker on first use); the interface knows only this.
 */
import type { SearchFilterChoices, SearchQueryOptions, SearchResult } from '../../search';

export interface SearchService {
  /** Builds what search needs (call it when the field gets focus); resolves with the filter choices. */
  prepare: () => Promise<SearchFilterChoices>;
  /** Results best first; null when a newer query overtook this one. */
  search: (query: string, options?: SearchQueryOptions) => Promise<SearchResult[] | null>;
}
