import { describe, expect, it } from 'vitest';
import { classifyPolicyBlock, describePolicyGap } from '../../src/render/decoderPolicy';

// The evidence below is what Chromium 156 reported for each gap (see the module's header).
describe('classifyPolicyBlock', () => {
  it("names 'wasm-unsafe-eval' for a refused WebAssembly compile", () => {
    expect(
      classifyPolicyBlock({
        violations: [{ effectiveDirective: 'script-src', blockedURI: 'wasm-eval' }],
        error: 'WebAssembly.Module(): Compiling or instantiating WebAssembly module violates the following Content Security policy directive',
      }),
    ).toBe('wasm-unsafe-eval');
  });

  it('names worker-src for a refused worker, whose error event has no message', () => {
    expect(classifyPolicyBlock({ violations: [{ effectiveDirective: 'worker-src', blockedURI: 'http://expo.test/draco/draco_worker.js' }], error: '' })).toBe('worker-src');
  });

  it('names Trusted Types for a refused policy and for a plain string at new Worker', () => {
    expect(
      classifyPolicyBlock({
        violations: [{ effectiveDirective: 'trusted-types', blockedURI: 'trusted-types-policy' }],
        error: 'Failed to execute \'createPolicy\' on \'TrustedTypePolicyFactory\': Policy "cloud-expo" disallowed.',
      }),
    ).toBe('trusted-types');
    expect(
      classifyPolicyBlock({
        violations: [{ effectiveDirective: 'require-trusted-types-for', blockedURI: 'trusted-types-sink' }],
        error: "Failed to construct 'Worker': This document requires 'TrustedScriptURL' assignment.",
      }),
    ).toBe('trusted-types');
  });

  it('reads the exception when no violation event arrived', () => {
    expect(classifyPolicyBlock({ violations: [], error: "Failed to construct 'Worker': This document requires 'TrustedScriptURL' assignment." })).toBe('trusted-types');
    expect(classifyPolicyBlock({ violations: [], error: 'WebAssembly.Module(): Compiling or instantiating WebAssembly module violates …' })).toBe('wasm-unsafe-eval');
    expect(classifyPolicyBlock({ violations: [], error: "Failed to construct 'Worker': Access to the script at 'x' is denied by the document's Content Security Policy." })).toBe('worker-src');
  });

  it('believes the violation over a misleading exception text', () => {
    // A worker refused by worker-src says nothing of WebAssembly; the old probe blamed it anyway.
    expect(classifyPolicyBlock({ violations: [{ effectiveDirective: 'worker-src', blockedURI: 'blob:x' }], error: 'WebAssembly could not start' })).toBe('worker-src');
  });

  it('says unknown when nothing names a policy', () => {
    expect(classifyPolicyBlock({ violations: [], error: 'HTTP 404' })).toBe('unknown');
  });
});

describe('describePolicyGap', () => {
  it('tells the curator which directive to change for each gap', () => {
    expect(describePolicyGap('wasm-unsafe-eval', 'meshopt')).toBe(
      "this page's Content-Security-Policy does not let the meshopt decoder compile its WebAssembly (script-src needs 'wasm-unsafe-eval')",
    );
    expect(describePolicyGap('worker-src', 'draco')).toBe(
      "this page's Content-Security-Policy does not let the Draco decoder start its worker, a file of this site (worker-src must allow 'self')",
    );
    expect(describePolicyGap('trusted-types', 'draco')).toBe(
      'this page\'s Content-Security-Policy requires Trusted Types and does not allow the policy that the Draco decoder\'s worker address is made with (add "trusted-types cloud-expo")',
    );
    expect(describePolicyGap('unknown', 'draco', 'the decoder worker did not answer')).toBe('the Draco decoder could not start (the decoder worker did not answer)');
  });
});
