import { describe, expect, it } from 'vitest';
import { syncDocumentLanguage } from '../../src/app/syncDocumentLanguage';
import { createLanguageStore } from '../../src/store';

describe('document language', () => {
  it('sets the lang attribute from the store at once', () => {
    const element = { lang: 'zh-CN' };
    syncDocumentLanguage(createLanguageStore('en'), element);
    expect(element.lang).toBe('en');
  });

  it('follows every switch with the tag for the language', () => {
    const store = createLanguageStore('en');
    const element = { lang: '' };
    syncDocumentLanguage(store, element);
    store.getState().setLanguage('zh');
    expect(element.lang).toBe('zh-CN');
    store.getState().setLanguage('en');
    expect(element.lang).toBe('en');
  });

  it('stops following once unsubscribed', () => {
    const store = createLanguageStore('zh');
    const element = { lang: '' };
    const stop = syncDocumentLanguage(store, element);
    expect(element.lang).toBe('zh-CN');
    stop();
    store.getState().setLanguage('en');
    expect(element.lang).toBe('zh-CN');
  });
});
