/**
 * Messages between the search client (main thread) and the search worker. Plain data only: they
 * cross by structured clone. The documents come in `documents` chunks (copying 122k documents in
 * one message held the main thread about a second), then `build` makes the one index of the
 * worker; searches carry a request id so the client can match answers to questions.
 */
import type { SearchDocument, SearchQueryOptions, SearchResult } from '../../search';

/** Main thread → worker. */
export type SearchRequest =
  | { type: 'documents'; documents: readonly SearchDocument[] }
  | { type: 'build' }
  | { type: 'search'; requestId: number; query: string; options: SearchQueryOptions };

/** Worker → main thread. `requestId` is null for a failed index build. */
export type SearchReply =
  | { type: 'ready'; documentCount: number; buildMs: number }
  | { type: 'results'; requestId: number; results: SearchResult[] }
  | { type: 'failed'; requestId: number | null; message: string };

/** Where queries run: the worker, or this thread when there is none. */
export interface SearchBackend {
  /** Resolves when the index is built; rejects when it cannot be. */
  readonly ready: Promise<void>;
  /** Rejects when the backend fails (the worker died, the query threw). */
  search(query: string, options: SearchQueryOptions): Promise<SearchResult[]>;
  dispose(): void;
}
