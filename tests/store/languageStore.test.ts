import { describe, expect, it } from 'vitest';
import { createLanguageStore, preferredLanguage } from '../../src/store';

describe('language store', () => {
  it('switches the label language', () => {
    const store = createLanguageStore('en');
    store.getState().setLanguage('zh');
    expect(store.getState().language).toBe('zh');
  });

  it('prefers Chinese for browsers asking for it first, English otherwise', () => {
    expect(preferredLanguage(['zh-CN', 'en'])).toBe('zh');
    expect(preferredLanguage(['zh-TW'])).toBe('zh');
    expect(preferredLanguage(['en-US', 'zh-CN'])).toBe('en');
    expect(preferredLanguage(['fr-FR', 'zh'])).toBe('zh');
    expect(preferredLanguage(['fr-FR'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});
