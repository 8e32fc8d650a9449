/**
 * Worker addresses as Trusted Types. Under `require-trusted-types-for 'script'` the browser refuses
 * a plain string at `new Worker(…)`; the app's one policy, `cloud-expo`, vouches for addresses of
 * this site only, so a deployment can require Trusted Types and allow just this policy
 * (`trusted-types cloud-expo`). Where Trusted Types do not exist, addresses stay strings.
 *
 * The policy is created once per page (a second `createPolicy` with the same name is itself a
 * violation) and only when a worker address is first needed, so a site that never starts a
 * worker never creates it.
 */
import { TRUSTED_TYPES_POLICY_NAME } from './decoderPolicy';

/** What `new Worker` accepts: a string, or the browser's `TrustedScriptURL` (opaque here). */
export type ScriptUrl = string | { readonly __trustedScriptUrl?: never };

interface ScriptUrlPolicy {
  createScriptURL: (input: string) => ScriptUrl;
}

interface TrustedTypesFactory {
  createPolicy: (name: string, rules: { createScriptURL: (input: string) => string }) => ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | undefined;
let policyError: unknown;

/** The policy, created on first use; rethrows the browser's refusal on every later call. */
function scriptUrlPolicy(factory: TrustedTypesFactory): ScriptUrlPolicy {
  if (policy) return policy;
  if (policyError !== undefined) throw policyError;
  try {
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, { createScriptURL: sameOriginOnly });
    return policy;
  } catch (error) {
    policyError = error;
    throw error;
  }
}

function sameOriginOnly(input: string): string {
  const url = new URL(input, globalThis.document?.baseURI ?? globalThis.location?.href);
  if (url.origin !== globalThis.location?.origin) throw new TypeError(`${TRUSTED_TYPES_POLICY_NAME}: only scripts of this site may start workers, not ${url.origin}`);
  return url.href;
}

/**
 * `url` (absolute, of this site) as a script address `new Worker` accepts under the page's policy.
 * Throws the browser's `TypeError` when a `trusted-types` directive does not allow the policy, and
 * a `TypeError` for an address of another site.
 */
export function trustedScriptUrl(url: string): ScriptUrl {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  return scriptUrlPolicy(factory).createScriptURL(url);
}
