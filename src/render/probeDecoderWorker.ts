/**
 * Whether the Draco decoder's worker can start on this page and compile WebAssembly inside, asked
 * once before the first Draco file is decoded, with the worker file the decoder itself uses
 * (`draco/draco_worker.js`, see `scripts/vite/dracoWorker.ts`), which answers a `probe` message.
 *
 * Without this, a blocked worker is silent: DRACOLoader sets no `error` handler, so a worker refused
 * by `worker-src`, or one whose WebAssembly is refused by its own policy, leaves every Draco file
 * waiting for the loader's 60 s timeout, and the timeout names no cause.
 */
import { classifyPolicyBlock, type DecoderReadiness } from './decoderPolicy';
import { trustedScriptUrl } from './trustedScriptUrl';
import { watchPolicyViolations } from './watchPolicyViolations';

/** The worker answers in milliseconds once its script is loaded; a slow tablet on a slow line gets longer. */
const DEFAULT_PROBE_TIMEOUT_MS = 15_000;

/** The message the worker file answers, and its answer. */
export const DECODER_PROBE_MESSAGE = { type: 'probe' } as const;
export interface DecoderProbeAnswer {
  type: 'probe';
  /** Whether the worker could compile WebAssembly under its own policy. */
  wasm: boolean;
}

/** Resolves whether a decoder worker from `workerUrl` (absolute) runs here; never rejects. */
export async function probeDecoderWorker(workerUrl: string, timeoutMs = DEFAULT_PROBE_TIMEOUT_MS): Promise<DecoderReadiness> {
  if (typeof Worker === 'undefined') return { ok: true };
  const watch = watchPolicyViolations();
  const blocked = async (detail: string): Promise<DecoderReadiness> => ({
    ok: false,
    gap: classifyPolicyBlock({ violations: await watch.stop(), error: detail }),
    detail,
  });

  let worker: Worker;
  try {
    // A TrustedScriptURL where the page requires Trusted Types; `Worker` accepts both.
    worker = new Worker(trustedScriptUrl(workerUrl) as string);
  } catch (error) {
    return blocked(error instanceof Error ? error.message : String(error));
  }
  const answer = await new Promise<DecoderProbeAnswer | { error: string }>((resolve) => {
    const timer = setTimeout(() => resolve({ error: `the decoder worker ${workerUrl} did not answer within ${Math.round(timeoutMs / 1000)} s` }), timeoutMs);
    worker.onmessage = (event: MessageEvent<DecoderProbeAnswer>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    worker.onerror = (event) => {
      // A refused or missing worker script: handled here, not an uncaught error of the page.
      event.preventDefault();
      clearTimeout(timer);
      resolve({ error: event.message || `the decoder worker ${workerUrl} could not be started` });
    };
    worker.postMessage(DECODER_PROBE_MESSAGE);
  });
  worker.terminate();
  if ('error' in answer) return blocked(answer.error);
  await watch.stop();
  // The worker's own policy (its response's header) refused WebAssembly.
  return answer.wasm ? { ok: true } : { ok: false, gap: 'wasm-unsafe-eval', detail: 'WebAssembly could not be compiled in the decoder worker' };
}
