import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { parseSceneBytes, type Diagnostic, type Language } from '../../src/scene';
import { ErrorScreen } from '../../src/ui/ErrorScreen';
import { minimalSceneDocument } from '../scene/sceneFixtures';

// Server rendering reads a store's initial state, so the label language is set through the hook.
const shown = vi.hoisted(() => ({ language: 'en' as Language }));
vi.mock('../../src/store/useLanguage', () => ({ useLanguage: () => [shown.language, () => undefined] }));

function renderFor(bytes: Uint8Array, language: Language = 'en'): string {
  shown.language = language;
  const result = parseSceneBytes(bytes);
  return renderToStaticMarkup(createElement(ErrorScreen, { file: 'scenes/x.json', diagnostics: result.diagnostics, totals: result.totals, loadError: undefined }));
}

const listItems = (markup: string) => markup.match(/<li /g)?.length ?? 0;

describe('the error screen', () => {
  it('shows a scene with a 10 MiB id quickly, with the message cut', () => {
    const document = minimalSceneDocument();
    document.exhibits[0].id = 'x'.repeat(10 * 1024 * 1024);
    const result = parseSceneBytes(new TextEncoder().encode(JSON.stringify(document)));
    const start = performance.now();
    const markup = renderToStaticMarkup(createElement(ErrorScreen, { file: 'scenes/x.json', diagnostics: result.diagnostics, totals: result.totals, loadError: undefined }));
    const elapsedMs = performance.now() - start;

    expect(markup).toContain(`exhibit &#x27;${'x'.repeat(60)}… (10,485,760 characters)&#x27;: &quot;id&quot; is too long (at most 64 characters)`);
    expect(markup.length).toBeLessThan(5_000);
    // A few milliseconds; the uncut message took 11 s to show in the browser (issue 11).
    expect(elapsedMs).toBeLessThan(1_000);
  });

  it('says in English and Chinese how many of how many errors it shows, and lists only those', () => {
    const flooded = readFileSync('tests/fixtures/invalid/thousand-errors.json');
    const english = renderFor(flooded, 'en');
    expect(english).toContain('1,000 errors, 0 warnings');
    expect(english).toContain('showing 200 of 1,000 errors');
    expect(listItems(english)).toBe(200);
    const chinese = renderFor(flooded, 'zh');
    expect(chinese).toContain('共 1,000 个错误，只显示前 200 条');
    expect(listItems(chinese)).toBe(200);
  });

  it('says nothing about a cut when every problem is listed', () => {
    const markup = renderFor(readFileSync('tests/fixtures/invalid/booth-overlap.json'));
    expect(markup).not.toContain('showing');
    expect(listItems(markup)).toBeGreaterThan(0);
  });

  it('renders no more than the cap, whatever list it is handed', () => {
    shown.language = 'en';
    const many: Diagnostic[] = Array.from({ length: 5_000 }, (_, index) => ({ severity: 'error', rule: 'x', message: `problem ${index}`, path: [], line: index + 1, column: 1 }));
    const markup = renderToStaticMarkup(createElement(ErrorScreen, { file: 'x.json', diagnostics: many, loadError: undefined }));
    expect(listItems(markup)).toBe(200);
    expect(markup).toContain('showing 200 of 5,000 errors');
  });
});

describe('the error screen for visitors and for curators', () => {
  const broken = () => parseSceneBytes(readFileSync('tests/fixtures/invalid/booth-overlap.json'));
  const render = (showCuratorHint: boolean, language: Language = 'en') => {
    shown.language = language;
    const result = broken();
    return renderToStaticMarkup(createElement(ErrorScreen, { file: 'scenes/x.json', diagnostics: result.diagnostics, totals: result.totals, loadError: undefined, showCuratorHint }));
  };

  it('tells visitors of the built site in plain words what to do, and no curator hint', () => {
    const english = render(false);
    expect(english).toContain('The expo cannot be opened at the moment. Please try again later.');
    expect(english).toContain('Details for the organisers');
    expect(english).not.toContain('npm run validate');
    const chinese = render(false, 'zh');
    expect(chinese).toContain('展会暂时无法打开，请稍后再试。');
    expect(chinese).not.toContain('npm run validate');
  });

  it('gives curators at the dev server the hint to run the validator', () => {
    expect(render(true)).toContain('run `npm run validate` for the same list');
  });
});
