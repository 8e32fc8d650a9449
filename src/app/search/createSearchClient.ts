/**
 * The app's search: a client that runs queries in the search worker (issue 10), started lazily,
 * answering only the latest question.
 *
 * - The worker starts on the first `search` or on `prepare()` (call it when the search box gets
 *   focus): building a 100k-exhibit index takes seconds, and most visits never search.
 * - Typing sends a query per key. At most one query is in flight; a newer one waits, replacing any
 *   older waiting one, so a slow answer never queues a backlog. A call overtaken by a newer one
 *   resolves `null` (show nothing new), only the latest gets results.
 * - Without `Worker` (Node tests), or if the worker cannot start (a Content-Security-Policy
 *   without `worker-src 'self'`) or dies, the index is built on this thread instead.
 *
 * The worker is Vite's own file of it (`?worker&url`), allowed by `worker-src 'self'`, with no eval
 * or inline code; its address goes through the app's Trusted Types policy, which a page requiring
 * Trusted Types (README "Deployment") wants at `new Worker`.
 */
import type { SearchDocument, SearchQueryOptions, SearchResult } from '../../search';
import { trustedScriptUrl } from '../../render/trustedScriptUrl';
import type { SearchBackend } from './searchProtocol';
import searchWorkerUrl from './searchWorker.ts?worker&url'; // eslint-disable-line boundaries/dependencies -- Vite's ?worker&url suffix, which the resolver cannot read: the file is ./searchWorker.ts, in this folder
import { startInThreadSearch } from './startInThreadSearch';
import { startWorkerSearch } from './startWorkerSearch';

/** Search as the UI uses it. */
export interface SearchClient {
  /** Starts the worker and builds the index now; resolves when it is ready, rejects if no index can be built. */
  prepare(): Promise<void>;
  /**
   * Results for the query, best first; `null` when a newer `search` call overtook this one before
   * its answer came. Rejects only when no index can be built.
   */
  search(query: string, options?: SearchQueryOptions): Promise<SearchResult[] | null>;
  /** Stops the worker; waiting calls resolve `null`. */
  dispose(): void;
}

/** Options of `createSearchClient`. */
export interface SearchClientOptions {
  /**
   * Makes the worker; `null` builds the index on this thread. Default: the search worker where
   * `Worker` exists, else this thread.
   */
  createWorker?: (() => Worker) | null;
}

/** The production worker: a module worker Vite emits as its own chunk. */
function createSearchWorker(): Worker {
  return new Worker(trustedScriptUrl(new URL(searchWorkerUrl, document.baseURI).href) as string, { type: 'module' });
}

interface Job {
  sequence: number;
  query: string;
  options: SearchQueryOptions;
  resolve(results: SearchResult[] | null): void;
  reject(error: unknown): void;
}

/** Creates a client over the documents (from `buildSearchDocuments`); nothing starts until it is used. */
export function createSearchClient(documents: readonly SearchDocument[], options: SearchClientOptions = {}): SearchClient {
  const createWorker = options.createWorker === undefined ? (typeof Worker === 'undefined' ? null : createSearchWorker) : options.createWorker;
  let backend: Promise<SearchBackend> | undefined;
  let usingWorker = false;
  let disposed = false;
  let latest = 0;
  let inFlight: Job | undefined;
  let waiting: Job | undefined;

  const startInThread = (): Promise<SearchBackend> => {
    usingWorker = false;
    const started = startInThreadSearch(documents);
    return started.ready.then(() => started);
  };

  const start = (): Promise<SearchBackend> => {
    if (!createWorker) return startInThread();
    let started: SearchBackend;
    try {
      started = startWorkerSearch(createWorker(), documents);
    } catch {
      return startInThread();
    }
    usingWorker = true;
    return started.ready.then(
      () => started,
      () => startInThread(),
    );
  };

  const current = (): Promise<SearchBackend> => {
    backend ??= start();
    return backend;
  };

  const run = async (job: Job): Promise<SearchResult[]> => {
    const active = await current();
    try {
      return await active.search(job.query, job.options);
    } catch (error) {
      if (!usingWorker || disposed) throw error;
      // The worker died after starting: continue on this thread.
      active.dispose();
      backend = startInThread();
      return (await backend).search(job.query, job.options);
    }
  };

  const pump = (): void => {
    if (inFlight || !waiting) return;
    const job = waiting;
    waiting = undefined;
    inFlight = job;
    run(job)
      .then(
        (results) => job.resolve(job.sequence === latest && !disposed ? results : null),
        (error: unknown) => (job.sequence === latest && !disposed ? job.reject(error) : job.resolve(null)),
      )
      .finally(() => {
        inFlight = undefined;
        pump();
      });
  };

  return {
    prepare: () => (disposed ? Promise.resolve() : current().then(() => undefined)),
    search(query, searchOptions = {}) {
      if (disposed) return Promise.resolve(null);
      latest += 1;
      const sequence = latest;
      return new Promise<SearchResult[] | null>((resolve, reject) => {
        // Overtaken calls answer now; the one in flight still finishes (a worker cannot be interrupted).
        inFlight?.resolve(null);
        waiting?.resolve(null);
        waiting = { sequence, query, options: searchOptions, resolve, reject };
        pump();
      });
    },
    dispose() {
      disposed = true;
      inFlight?.resolve(null);
      waiting?.resolve(null);
      waiting = undefined;
      void backend?.then((active) => active.dispose(), () => undefined);
    },
  };
}
