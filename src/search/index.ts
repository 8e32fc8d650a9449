/**
 * Search (issue 10): pure TypeScript, no three, React, stores or DOM. Documents and filter choices
 * are made on the main thread (`buildSearchDocuments`, `listSearchFilters`); the index
 * (`createSearchIndex`, with MiniSearch and pinyin-pro) is built in the search worker of
 * src/app/search. The two sides share no runtime module (tests/search/bundleBoundary.test.ts).
 */
export * from './searchTypes';
export { buildSearchDocuments } from './buildSearchDocuments';
export { listSearchFilters, type SearchFilterChoice, type SearchFilterChoices, type SearchZoneChoice } from './searchFilters';
// The index side: MiniSearch and pinyin-pro. Import it only in the search worker (or lazily):
// a static import from main-thread code would put both libraries into the main bundle.
export {
  BROAD_DOCUMENTS,
  createSearchIndex,
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  type SearchIndex,
  type SearchIndexOptions,
} from './createSearchIndex';
export { matchesSearchFilters } from './matchSearchFilters';
