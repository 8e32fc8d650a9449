import { describe, expect, it } from 'vitest';
import { createSearchClient } from '../../src/app/search';
import type { SearchReply, SearchRequest } from '../../src/app/search/searchProtocol';
import { DOCUMENTS_PER_MESSAGE } from '../../src/app/search/startWorkerSearch';
import { layoutScene, sceneSchema } from '../../src/scene';
import { buildStressScene } from '../../scripts/stress/buildStressScene';
import { buildSearchDocuments, createSearchIndex, type SearchDocument, type SearchIndex, type SearchResult } from '../../src/search';
import { buildSmallScene } from './searchFixtures';

const documents = buildSearchDocuments(buildSmallScene());
const ids = (results: readonly SearchResult[] | null): string[] | null => results && results.map((result) => `${result.kind}:${result.id}`);

/** A stand-in for the search worker: speaks its protocol over a real index, answering on a later task. */
class ProtocolWorker {
  onmessage: ((event: MessageEvent<SearchReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly received: SearchRequest[] = [];
  terminated = false;
  private index: SearchIndex | undefined;
  private readonly documents: SearchDocument[] = [];

  postMessage(request: SearchRequest): void {
    this.received.push(request);
    setTimeout(() => this.answer(request), 5);
  }

  terminate(): void {
    this.terminated = true;
  }

  private answer(request: SearchRequest): void {
    if (this.terminated) return;
    if (request.type === 'documents') this.documents.push(...request.documents);
    else if (request.type === 'build') {
      this.index = createSearchIndex(this.documents);
      this.reply({ type: 'ready', documentCount: this.index.documentCount, buildMs: 0 });
    } else if (this.index) {
      this.reply({ type: 'results', requestId: request.requestId, results: this.index.search(request.query, request.options) });
    }
  }

  private reply(data: SearchReply): void {
    this.onmessage?.({ data } as MessageEvent<SearchReply>);
  }
}

/** A worker the page may not start: it reports an error instead of answering. */
class BlockedWorker extends ProtocolWorker {
  override postMessage(request: SearchRequest): void {
    this.received.push(request);
    setTimeout(() => this.onerror?.({ message: 'blocked by policy', preventDefault: () => undefined } as unknown as ErrorEvent), 1);
  }
}

describe('createSearchClient', () => {
  it('builds the index on this thread where there is no Worker', async () => {
    expect(typeof Worker).toBe('undefined');
    const client = createSearchClient(documents);
    expect(ids(await client.search('国天眼'))).toEqual(['exhibit:sky-eye']);
    client.dispose();
  });

  it('answers only the latest of quick successive searches', async () => {
    const client = createSearchClient(documents, { createWorker: null });
    const first = client.search('orbit');
    const second = client.search('robot');
    const third = client.search('国天眼');
    expect(await first).toBeNull();
    expect(await second).toBeNull();
    expect(ids(await third)).toEqual(['exhibit:sky-eye']);
  });

  it('starts nothing until asked, and is ready after prepare', async () => {
    const workers: ProtocolWorker[] = [];
    const client = createSearchClient(documents, {
      createWorker: () => {
        const worker = new ProtocolWorker();
        workers.push(worker);
        return worker as unknown as Worker;
      },
    });
    expect(workers).toHaveLength(0);
    await client.prepare();
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received.map((request) => request.type)).toEqual(['documents', 'build']);
    expect(ids(await client.search('orbit', { filters: { kinds: ['exhibitor'] } }))).toEqual(['exhibitor:orbit']);
    expect(workers).toHaveLength(1);
  });

  it('sends many documents in chunks and builds the index once', async () => {
    const many = buildSearchDocuments(layoutScene(sceneSchema.parse(buildStressScene({ exhibits: 10_000, models: 20, seed: 2 }))));
    const worker = new ProtocolWorker();
    const client = createSearchClient(many, { createWorker: () => worker as unknown as Worker });
    await client.prepare();
    const chunks = worker.received.flatMap((request) => (request.type === 'documents' ? [request.documents.length] : []));
    expect(chunks).toEqual([DOCUMENTS_PER_MESSAGE, DOCUMENTS_PER_MESSAGE, many.length - 2 * DOCUMENTS_PER_MESSAGE]);
    expect(worker.received.filter((request) => request.type === 'build')).toHaveLength(1);
    expect(ids(await client.search('H1-A-004'))?.[0]).toBe('booth:booth-h1-a-004');
  });

  it('runs searches in the worker, one at a time, dropping overtaken answers', async () => {
    const worker = new ProtocolWorker();
    const client = createSearchClient(documents, { createWorker: () => worker as unknown as Worker });
    const first = client.search('orbit');
    await client.prepare();
    const second = client.search('satellite');
    const third = client.search('国天眼');
    expect(await first).toBeNull();
    expect(await second).toBeNull();
    expect(ids(await third)).toEqual(['exhibit:sky-eye']);
    // "satellite" was overtaken while "orbit" was in flight, so it was never sent.
    const queries = worker.received.flatMap((request) => (request.type === 'search' ? [request.query] : []));
    expect(queries).toEqual(['orbit', '国天眼']);
  });

  it('falls back to this thread when the worker cannot start', async () => {
    const worker = new BlockedWorker();
    const client = createSearchClient(documents, { createWorker: () => worker as unknown as Worker });
    expect(ids(await client.search('国天眼'))).toEqual(['exhibit:sky-eye']);
    expect(worker.terminated).toBe(true);
  });

  it('falls back to this thread when the worker cannot even be created', async () => {
    const client = createSearchClient(documents, {
      createWorker: () => {
        throw new Error('SecurityError');
      },
    });
    expect(ids(await client.search('国天眼'))).toEqual(['exhibit:sky-eye']);
  });

  it('stops the worker on dispose and answers nothing after', async () => {
    const worker = new ProtocolWorker();
    const client = createSearchClient(documents, { createWorker: () => worker as unknown as Worker });
    await client.prepare();
    const pending = client.search('orbit');
    client.dispose();
    expect(await pending).toBeNull();
    expect(await client.search('orbit')).toBeNull();
    expect(worker.terminated).toBe(true);
  });
});
