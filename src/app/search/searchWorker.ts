/**
 * The search worker: builds the index (MiniSearch and pinyin-pro, about 3 s for a 100k-exhibit
 * scene) off the main thread, then answers queries. Loaded by `createSearchClient` as a module
 * worker, which Vite emits as its own file: it runs under the production policy
 * `worker-src 'self'` with no eval and no inline code.
 */
import { createSearchIndex, type SearchDocument, type SearchIndex } from '../../search';
import type { SearchReply, SearchRequest } from './searchProtocol';

/** The worker's global scope, typed for what it uses (the project's `lib` is DOM, not WebWorker). */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchReply): void;
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

let documents: SearchDocument[] = [];
let index: SearchIndex | undefined;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'documents') {
    for (const document of request.documents) documents.push(document);
    return;
  }
  if (request.type === 'build') {
    try {
      const startMs = performance.now();
      index = createSearchIndex(documents);
      documents = [];
      scope.postMessage({ type: 'ready', documentCount: index.documentCount, buildMs: performance.now() - startMs });
    } catch (error) {
      scope.postMessage({ type: 'failed', requestId: null, message: messageOf(error) });
    }
    return;
  }
  if (!index) {
    scope.postMessage({ type: 'failed', requestId: request.requestId, message: 'the search index is not built' });
    return;
  }
  try {
    scope.postMessage({ type: 'results', requestId: request.requestId, results: index.search(request.query, request.options) });
  } catch (error) {
    scope.postMessage({ type: 'failed', requestId: request.requestId, message: messageOf(error) });
  }
};
