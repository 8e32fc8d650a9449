import { describe, expect, it } from 'vitest';
import { createLanguageStore, LANGUAGE_STORAGE_KEY, preferredLanguage } from '../../src/store';
import { fakeStorage, throwingStorage } from './fakeStorage';

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

describe('remembered language', () => {
  it('starts in the browser preference on a first visit', () => {
    const storage = fakeStorage();
    expect(createLanguageStore('en', storage).getState().language).toBe('en');
    expect(createLanguageStore('zh', storage).getState().language).toBe('zh');
  });

  it('stores only the chosen language, under its key', () => {
    const storage = fakeStorage();
    createLanguageStore('en', storage).getState().setLanguage('zh');
    expect(JSON.parse(storage.entries[LANGUAGE_STORAGE_KEY] ?? 'null')).toEqual({ state: { language: 'zh' }, version: 1 });
    expect(Object.keys(storage.entries)).toEqual(['cloud-expo.language']);
  });

  it('starts in the remembered choice on the next visit, over the browser preference', () => {
    const storage = fakeStorage();
    createLanguageStore('en', storage).getState().setLanguage('zh');
    const next = createLanguageStore('en', storage);
    expect(next.getState().language).toBe('zh');
    next.getState().setLanguage('en');
    expect(createLanguageStore('zh', storage).getState().language).toBe('en');
  });

  it.each([
    ['another language', '{"state":{"language":"fr"},"version":1}'],
    ['a number', '{"state":{"language":7},"version":1}'],
    ['no state', '{"version":1}'],
    ['a bare word (not JSON)', 'zh'],
    ['JSON null', 'null'],
    ['an old version with a bad language', '{"state":{"language":"zh-CN"},"version":0}'],
  ])('ignores a stored value with %s and keeps the browser preference', (_what, stored) => {
    const store = createLanguageStore('en', fakeStorage({ [LANGUAGE_STORAGE_KEY]: stored }));
    expect(store.getState().language).toBe('en');
  });

  it('reads a valid choice stored under another version', () => {
    const store = createLanguageStore('en', fakeStorage({ [LANGUAGE_STORAGE_KEY]: '{"state":{"language":"zh"},"version":0}' }));
    expect(store.getState().language).toBe('zh');
  });

  it('takes nothing but the language from storage', () => {
    const stored = '{"state":{"language":"zh","setLanguage":null,"extra":"x"},"version":1}';
    const store = createLanguageStore('en', fakeStorage({ [LANGUAGE_STORAGE_KEY]: stored }));
    expect(store.getState().language).toBe('zh');
    expect(Object.keys(store.getState()).sort()).toEqual(['language', 'setLanguage']);
    store.getState().setLanguage('en');
    expect(store.getState().language).toBe('en');
  });

  it('still switches when storage throws on every call', () => {
    const store = createLanguageStore('zh', throwingStorage);
    expect(store.getState().language).toBe('zh');
    expect(() => store.getState().setLanguage('en')).not.toThrow();
    expect(store.getState().language).toBe('en');
  });
});
