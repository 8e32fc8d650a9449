/**
 * A search backend on this thread, for where there is no `Worker` (Node tests) or the worker
 * failed. The index module is imported on demand, so MiniSearch and pinyin-pro stay out of the
 * main bundle here too: they load only if this fallback is ever used.
 */
import type { SearchDocument } from '../../search';
import type { SearchBackend } from './searchProtocol';

/** Starts building the index on this thread, its code loaded on demand. */
export function startInThreadSearch(documents: readonly SearchDocument[]): SearchBackend {
  const index = import('../../search/createSearchIndex').then(({ createSearchIndex }) => createSearchIndex(documents));
  const ready = index.then(() => undefined);
  ready.catch(() => undefined);
  return {
    ready,
    search: async (query, options) => (await index).search(query, options),
    dispose: () => undefined,
  };
}
