/**
 * The production Content-Security-Policy of the README ("Deployment"), the policies that each
 * leave one of its gaps open, and a way to serve the site under a policy while recording every
 * violation the document reports.
 */
import type { Page } from 'playwright-core';

/**
 * What a production deployment should send (README "Deployment" gives the same line, and why each
 * directive is there). WebAssembly is allowed for the model decoders; workers, images and scripts
 * come from this site only; Trusted Types are required, with the app's one policy (`cloud-expo`,
 * `src/render/trustedScriptUrl.ts`) allowed to vouch for worker addresses of this site.
 */
export const PRODUCTION_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types cloud-expo',
].join('; ');

/** The production policy with one directive changed: a gap a deployment might leave. */
export const POLICY_GAPS = {
  /** No 'wasm-unsafe-eval': no decoder may compile its WebAssembly. */
  noWasm: PRODUCTION_CSP.replace(" 'wasm-unsafe-eval'", ''),
  /** Workers forbidden (a site that thought it had none). */
  noWorkers: PRODUCTION_CSP.replace("worker-src 'self'", "worker-src 'none'"),
  /** Trusted Types required, but the app's policy not among those allowed. */
  otherTrustedTypes: PRODUCTION_CSP.replace('trusted-types cloud-expo', 'trusted-types other-policy'),
} as const;

/**
 * Serves every response of `baseUrl`'s origin with `policy` as its Content-Security-Policy header,
 * as a server configured per the README would (the document and the decoder's worker script both
 * get it: a worker runs under its own response's policy), and records the document's violations
 * in `window.__cspViolations` as `effectiveDirective blockedURI`. Register it after
 * `restrictToOrigin` and before any route that replaces a file.
 */
export async function enforceCsp(page: Page, baseUrl: string, policy: string): Promise<void> {
  const origin = new URL(baseUrl).origin;
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  await page.route(
    (url) => url.origin === origin,
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    },
  );
}

export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
