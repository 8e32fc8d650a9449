/**
 * Which gap in a page's Content-Security-Policy keeps a model decoder from starting, named from
 * what the browser reported, so the curator is told the directive to change (issue 11: under a
 * policy with `worker-src 'self'` every notice used to blame `'wasm-unsafe-eval'`, which was
 * present, while the real block was the decoder's blob worker).
 *
 * A decoder needs up to three things, each guarded by its own directive (measured in Chromium 156
 * with `tests/e2e/models.test.ts`'s policies):
 * - compiling WebAssembly: `script-src 'wasm-unsafe-eval'`. A block throws a `CompileError` and
 *   reports `script-src` with blocked URI `wasm-eval`; in a worker it is the worker's own policy.
 * - creating the Draco decoder's worker: `worker-src` (falling back to `child-src`, `script-src`,
 *   `default-src`). A block fires an `error` event on the worker (no exception) and reports
 *   `worker-src` with the worker's address.
 * - under `require-trusted-types-for 'script'`, passing the worker's address as a
 *   `TrustedScriptURL`: creating the app's Trusted Types policy throws when a `trusted-types`
 *   directive does not name it (reports `trusted-types`, blocked URI `trusted-types-policy`), and a
 *   plain string address throws at `new Worker` (reports `require-trusted-types-for`).
 *
 * The violation's `effectiveDirective` names the gap exactly; the exception's text is the fallback
 * where no event arrives (no `document`, or a browser without the event).
 */

/** A directive (or the lack of WebAssembly itself) that keeps a decoder from starting. */
export type PolicyGap = 'wasm-unsafe-eval' | 'worker-src' | 'trusted-types' | 'no-webassembly' | 'unknown';

/** The parts of a `SecurityPolicyViolationEvent` that name the gap. */
export interface PolicyViolation {
  effectiveDirective: string;
  blockedURI: string;
}

/** What was seen when a decoder's start failed. */
export interface PolicyEvidence {
  /** Violations the document reported while the decoder was starting. */
  violations: readonly PolicyViolation[];
  /** The text of the exception or error event, if any. */
  error?: string;
}

/** Which gap `evidence` points at; violations win over the exception's text. */
export function classifyPolicyBlock(evidence: PolicyEvidence): PolicyGap {
  for (const { effectiveDirective, blockedURI } of evidence.violations) {
    if (effectiveDirective === 'trusted-types' || effectiveDirective === 'require-trusted-types-for') return 'trusted-types';
    if (effectiveDirective === 'worker-src' || effectiveDirective === 'child-src') return 'worker-src';
    if (blockedURI === 'wasm-eval') return 'wasm-unsafe-eval';
  }
  const error = evidence.error ?? '';
  if (/TrustedScriptURL|TrustedTypePolicy|trusted.?types/i.test(error)) return 'trusted-types';
  if (/WebAssembly|wasm/i.test(error)) return 'wasm-unsafe-eval';
  if (/Content Security Policy|worker/i.test(error)) return 'worker-src';
  return 'unknown';
}

/** Whether a decoder can start here, and if not, why. */
export type DecoderReadiness = { ok: true } | { ok: false; gap: PolicyGap; detail: string };

/** The name of the app's Trusted Types policy; a `trusted-types` directive must list it. */
export const TRUSTED_TYPES_POLICY_NAME = 'cloud-expo';

/** Which decoder a file needs. */
export type DecoderCodec = 'draco' | 'meshopt';

const CODEC_NAMES: Record<DecoderCodec, string> = { draco: 'Draco', meshopt: 'meshopt' };

/**
 * For the curator: what blocked the `codec` decoder and which directive to change, e.g. "this
 * page's Content-Security-Policy does not let the Draco decoder start its worker (worker-src must
 * allow 'self')". `detail` is the raw error, kept for the unknown case only.
 */
export function describePolicyGap(gap: PolicyGap, codec: DecoderCodec, detail = ''): string {
  const decoder = `the ${CODEC_NAMES[codec]} decoder`;
  switch (gap) {
    case 'wasm-unsafe-eval':
      return `this page's Content-Security-Policy does not let ${decoder} compile its WebAssembly (script-src needs 'wasm-unsafe-eval')`;
    case 'worker-src':
      return `this page's Content-Security-Policy does not let ${decoder} start its worker, a file of this site (worker-src must allow 'self')`;
    case 'trusted-types':
      return `this page's Content-Security-Policy requires Trusted Types and does not allow the policy that ${decoder}'s worker address is made with (add "trusted-types ${TRUSTED_TYPES_POLICY_NAME}")`;
    case 'no-webassembly':
      return `this browser cannot run WebAssembly, which ${decoder} needs`;
    case 'unknown':
      return `${decoder} could not start${detail ? ` (${detail})` : ''}`;
  }
}
