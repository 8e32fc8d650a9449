import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module (it keeps its policy per page) under a fake page and factory. */
async function load(createPolicy: (name: string, rules: { createScriptURL: (input: string) => string }) => unknown) {
  vi.resetModules();
  vi.stubGlobal('location', new URL('http://expo.test/app/'));
  vi.stubGlobal('document', { baseURI: 'http://expo.test/app/' });
  vi.stubGlobal('trustedTypes', { createPolicy: vi.fn(createPolicy) });
  const module = await import('../../src/render/trustedScriptUrl');
  return { trustedScriptUrl: module.trustedScriptUrl, factory: (globalThis as unknown as { trustedTypes: { createPolicy: ReturnType<typeof vi.fn> } }).trustedTypes };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('trustedScriptUrl', () => {
  it("vouches for this site's scripts through one policy named cloud-expo, created once", async () => {
    const { trustedScriptUrl, factory } = await load((_name, rules) => ({ createScriptURL: (input: string) => ({ trusted: rules.createScriptURL(input) }) }));
    expect(trustedScriptUrl('http://expo.test/app/draco/draco_worker.js')).toEqual({ trusted: 'http://expo.test/app/draco/draco_worker.js' });
    expect(trustedScriptUrl('http://expo.test/app/assets/searchWorker.js')).toEqual({ trusted: 'http://expo.test/app/assets/searchWorker.js' });
    expect(factory.createPolicy).toHaveBeenCalledTimes(1);
    expect(factory.createPolicy.mock.calls[0]?.[0]).toBe('cloud-expo');
  });

  it('refuses a script of another site', async () => {
    const { trustedScriptUrl } = await load((_name, rules) => ({ createScriptURL: rules.createScriptURL }));
    expect(() => trustedScriptUrl('https://cdn.example/draco_worker.js')).toThrow(/only scripts of this site/);
  });

  it("passes on the browser's refusal of the policy, every time, without asking again", async () => {
    const { trustedScriptUrl, factory } = await load(() => {
      throw new TypeError('Policy "cloud-expo" disallowed.');
    });
    expect(() => trustedScriptUrl('http://expo.test/app/w.js')).toThrow('disallowed');
    expect(() => trustedScriptUrl('http://expo.test/app/w.js')).toThrow('disallowed');
    expect(factory.createPolicy).toHaveBeenCalledTimes(1);
  });
});
