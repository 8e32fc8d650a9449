/**
 * Whether this page may compile WebAssembly, asked on the main thread before the meshopt decoder
 * (which compiles its module on the main thread as soon as it is imported) is loaded.
 *
 * Compiling the 8-byte empty module is the cheapest honest question: where `script-src` lacks
 * 'wasm-unsafe-eval' it throws a `CompileError` and the document reports one `script-src`
 * violation (blocked URI `wasm-eval`), which names the gap; Chromium 156 logs nothing to the
 * console for it. The question used to be asked in a blob: worker to avoid that one violation,
 * but a blob worker is itself refused under `worker-src 'self'`, and its refusal was then blamed
 * on 'wasm-unsafe-eval' (issue 11).
 */
import { classifyPolicyBlock, type DecoderReadiness } from './decoderPolicy';
import { watchPolicyViolations } from './watchPolicyViolations';

/** The smallest valid module: magic "\0asm" and version 1. */
export const EMPTY_WASM_MODULE: readonly number[] = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/** Resolves whether WebAssembly can be compiled on this page, and if not, which gap stops it; never rejects. */
export async function probeWebAssembly(): Promise<DecoderReadiness> {
  if (typeof WebAssembly !== 'object') return { ok: false, gap: 'no-webassembly', detail: '' };
  const watch = watchPolicyViolations();
  try {
    new WebAssembly.Module(new Uint8Array(EMPTY_WASM_MODULE));
    await watch.stop();
    return { ok: true };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // The module is valid: a refusal can only be the page's policy.
    const gap = classifyPolicyBlock({ violations: await watch.stop(), error: detail });
    return { ok: false, gap: gap === 'unknown' ? 'wasm-unsafe-eval' : gap, detail };
  }
}
