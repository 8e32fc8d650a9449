/**
 * A search backend in a worker: posts the documents in chunks, a task apart, so no single copy
 * holds the main thread (the 100k stress scene's 122k documents took about a second to clone in
 * one piece; see `npm run bench:search`), then one message per query, matching answers to
 * questions by request id. A worker that fails to start (a policy forbids it,
 * its file is missing) or dies rejects `ready` and every pending query, so the client can fall
 * back to this thread.
 */
import type { SearchDocument, SearchResult } from '../../search';
import type { SearchBackend, SearchReply, SearchRequest } from './searchProtocol';

/** Documents per message: about 40 ms of copying for the stress scene's documents. */
export const DOCUMENTS_PER_MESSAGE = 5000;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

interface Pending {
  resolve(results: SearchResult[]): void;
  reject(error: Error): void;
}

/** Starts building the index in `worker`, which must run searchWorker.ts. */
export function startWorkerSearch(worker: Worker, documents: readonly SearchDocument[]): SearchBackend {
  const pending = new Map<number, Pending>();
  let nextRequestId = 1;
  let failure: Error | undefined;
  let settleReady: { resolve(): void; reject(error: Error): void } | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  // Nobody may be waiting on ready yet; the failure still reaches every caller that asks later.
  ready.catch(() => undefined);

  const fail = (error: Error): void => {
    if (failure) return;
    failure = error;
    settleReady?.reject(error);
    for (const request of pending.values()) request.reject(error);
    pending.clear();
    worker.terminate();
  };

  worker.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    if (reply.type === 'ready') settleReady?.resolve();
    else if (reply.type === 'results') {
      pending.get(reply.requestId)?.resolve(reply.results);
      pending.delete(reply.requestId);
    } else if (reply.requestId === null) fail(new Error(`search index failed: ${reply.message}`));
    else {
      pending.get(reply.requestId)?.reject(new Error(`search failed: ${reply.message}`));
      pending.delete(reply.requestId);
    }
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    fail(new Error(`search worker error: ${event.message || 'it could not start'}`));
  };
  worker.onmessageerror = () => fail(new Error('search worker sent an unreadable message'));

  const post = (request: SearchRequest): void => worker.postMessage(request);
  const sendDocuments = async (): Promise<void> => {
    for (let start = 0; start < documents.length; start += DOCUMENTS_PER_MESSAGE) {
      if (start > 0) await nextTask();
      if (failure) return;
      post({ type: 'documents', documents: documents.slice(start, start + DOCUMENTS_PER_MESSAGE) });
    }
    post({ type: 'build' });
  };
  sendDocuments().catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));

  return {
    ready,
    search(query, options) {
      if (failure) return Promise.reject(failure);
      const requestId = nextRequestId;
      nextRequestId += 1;
      return new Promise<SearchResult[]>((resolve, reject) => {
        pending.set(requestId, { resolve, reject });
        post({ type: 'search', requestId, query, options });
      });
    },
    dispose() {
      fail(new Error('search client disposed'));
    },
  };
}
