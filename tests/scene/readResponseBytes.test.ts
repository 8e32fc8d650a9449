import { describe, expect, it } from 'vitest';
import { declaredBodyLength, readResponseBytes } from '../../src/scene/readResponseBytes';

/** A response whose body arrives in the given chunks. */
function chunkedResponse(chunks: number[], headers: Record<string, string>): Response {
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = chunks[index];
      index += 1;
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(index));
    },
  });
  return new Response(body, { headers });
}

describe('readResponseBytes', () => {
  it('reports the bytes read after each chunk against Content-Length, and returns them all in order', async () => {
    const seen: [number, number | undefined][] = [];
    const bytes = await readResponseBytes(chunkedResponse([3, 4, 5], { 'content-length': '12' }), (read, total) => seen.push([read, total]));
    expect(seen).toEqual([
      [3, 12],
      [7, 12],
      [12, 12],
    ]);
    expect([...bytes]).toEqual([1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
  });

  it('gives no total when the length is missing or counts encoded bytes', async () => {
    const totals: (number | undefined)[] = [];
    await readResponseBytes(chunkedResponse([2], {}), (_read, total) => totals.push(total));
    await readResponseBytes(chunkedResponse([2], { 'content-length': '9', 'content-encoding': 'gzip' }), (_read, total) => totals.push(total));
    expect(totals).toEqual([undefined, undefined]);
  });

  it('reads the body in one piece when nobody listens', async () => {
    const bytes = await readResponseBytes(new Response(new Uint8Array([7, 8, 9])));
    expect([...bytes]).toEqual([7, 8, 9]);
  });
});

describe('declaredBodyLength', () => {
  it('reads an unencoded Content-Length and refuses nonsense', () => {
    expect(declaredBodyLength(new Headers({ 'content-length': '1024' }))).toBe(1024);
    expect(declaredBodyLength(new Headers({ 'content-length': '1024', 'content-encoding': 'identity' }))).toBe(1024);
    expect(declaredBodyLength(new Headers({ 'content-length': 'lots' }))).toBeUndefined();
    expect(declaredBodyLength(new Headers({ 'content-length': '0' }))).toBeUndefined();
    expect(declaredBodyLength(new Headers({ 'content-length': '10', 'content-encoding': 'br' }))).toBeUndefined();
  });
});
