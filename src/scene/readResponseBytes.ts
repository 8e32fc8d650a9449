/**
 * Reads a fetch response's body as bytes, telling `onBytes` how many have arrived and how many
 * the server said it would send, so the loading screen shows real progress (issue 12) instead of
 * a spinner. Used for the scene file (src/store/loadScene.ts) and each model file
 * (src/render/createModelFileLoader.ts); here because both layers may use the scene layer.
 *
 * The total is `Content-Length` only when the body is sent unencoded: with `Content-Encoding:
 * gzip` the header counts compressed bytes while the stream yields decoded ones, and the ratio
 * would pass 100 % early. Then, or with no header, the total is undefined and the caller falls
 * back to counting whole files. Without a readable stream (old engines, some test fakes) the body
 * is read in one piece and reported once.
 */

/** Called as bytes arrive: `bytes` read so far, `totalBytes` when known. */
export type OnBytes = (bytes: number, totalBytes: number | undefined) => void;

/** The body's length from the headers, or undefined when unknown or encoded. */
export function declaredBodyLength(headers: Headers): number | undefined {
  const encoding = headers.get('content-encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') return undefined;
  const length = Number(headers.get('content-length') ?? Number.NaN);
  return Number.isFinite(length) && length > 0 ? length : undefined;
}

/** The whole body; rejects as `response.arrayBuffer()` would (abort, broken connection). */
export async function readResponseBytes(response: Response, onBytes?: OnBytes): Promise<Uint8Array> {
  const totalBytes = declaredBodyLength(response.headers);
  const body = response.body;
  if (!onBytes || !body || typeof body.getReader !== 'function') {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onBytes?.(bytes.byteLength, totalBytes);
    return bytes;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onBytes(received, totalBytes);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  // One copy at the end rather than growing a buffer: the length may be unknown.
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
