/**
 * The expo's search for the interface: nothing is built until the visitor first reaches for the
 * search field (most visits never search, and the first frame must not wait for it). Then the
 * documents are made from the layout on this thread (a few milliseconds for the default expo) and
 * the index is built and queried in the search worker.
 */
// The modules themselves, not the barrel: it also exports the index, whose libraries (MiniSearch,
// pinyin-pro) belong in the worker's chunk, not the page's.
import { buildSearchDocuments } from '../search/buildSearchDocuments';
import { listSearchFilters } from '../search/searchFilters';
import type { SearchDocument } from '../search/searchTypes';
import type { LaidOutScene } from '../scene';
import type { SearchService } from '../ui/search/searchService';
import { createSearchClient, type SearchClient } from './search/createSearchClient';

export interface ExpoSearch extends SearchService {
  dispose: () => void;
}

export function createExpoSearch(layout: LaidOutScene): ExpoSearch {
  let documents: SearchDocument[] | undefined;
  let client: SearchClient | undefined;
  const started = (): SearchClient => {
    documents ??= buildSearchDocuments(layout);
    client ??= createSearchClient(documents);
    return client;
  };
  return {
    async prepare() {
      const search = started();
      await search.prepare();
      return listSearchFilters(documents ?? []);
    },
    search: (query, options) => started().search(query, options),
    dispose: () => client?.dispose(),
  };
}
