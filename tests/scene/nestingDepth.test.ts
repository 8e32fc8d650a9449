import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTooDeepNesting, MAX_NESTING_DEPTH } from '../../src/scene/nestingDepth';
import { parseScene, parseSceneBytes } from '../../src/scene';
import { validateSceneFiles } from '../../scripts/validateScenes';
import { minimalSceneText } from './sceneFixtures';

/** About 20 KB each, as in issue 11: valid JSON, and brackets never closed. */
const DEEP_ARRAYS = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
const DEEP_OBJECTS = `${'{"a":'.repeat(2_000)}1${'}'.repeat(2_000)}`;
const UNCLOSED = '['.repeat(20_000);

const NESTING_MESSAGE = (bracket: string) =>
  `nested too deeply: this "${bracket}" opens level 65 of objects and arrays inside each other; a scene file may nest at most 64 (a scene needs 6)`;

describe('findTooDeepNesting', () => {
  it('allows 64 levels and finds the bracket that opens the 65th', () => {
    expect(MAX_NESTING_DEPTH).toBe(64);
    expect(findTooDeepNesting(`${'['.repeat(64)}${']'.repeat(64)}`)).toBeUndefined();
    expect(findTooDeepNesting(`${'['.repeat(65)}${']'.repeat(65)}`)).toBe(64);
    expect(findTooDeepNesting(`{"a": [${'{"b": '.repeat(70)}`)).toBe(7 + 6 * 62);
  });

  it('does not count brackets inside strings, also after escaped quotes and backslashes', () => {
    expect(findTooDeepNesting(`["${'['.repeat(100)}"]`)).toBeUndefined();
    expect(findTooDeepNesting(`["\\"${'['.repeat(100)}"]`)).toBeUndefined();
    expect(findTooDeepNesting(`["\\\\", ${'['.repeat(100)}`)).toBe(7 + 63);
  });

  it('ends a string at a line break, as the JSON scanner does, so brackets after an unclosed string still count', () => {
    expect(findTooDeepNesting(`{"a": "never closed\n${'['.repeat(100)}`)).toBe(20 + 63);
  });

  it('skips comments as the scanner does, so a "]" in a comment cannot hide an opening bracket', () => {
    expect(findTooDeepNesting('[/*]*/'.repeat(100))).toBe(6 * 64);
    expect(findTooDeepNesting(`// ${'['.repeat(100)}\n[]`)).toBeUndefined();
  });

  it('finds that the scenes in scenes/ nest 6 levels deep, as the message says', () => {
    for (const name of readdirSync('scenes').filter((file) => file.endsWith('.json') && file !== 'scene.schema.json')) {
      const text = readFileSync(`scenes/${name}`, 'utf8');
      expect(findTooDeepNesting(text, 6), name).toBeUndefined();
    }
    expect(findTooDeepNesting(minimalSceneText(), 5)).toBeDefined();
  });

  it('scans 10 MB of ordinary JSON quickly', () => {
    const big = `[${Array.from({ length: 200_000 }, (_, index) => `{"id": "booth-${index}", "positionM": [1, 2]}`).join(',\n')}]`;
    const start = performance.now();
    expect(findTooDeepNesting(big)).toBeUndefined();
    // ~55 ms warm on a laptop core; the bound only catches a scan gone quadratic (minutes).
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('a deeply nested file', () => {
  it.each([
    ['20 KB of nested arrays (valid JSON)', DEEP_ARRAYS, '[', 65],
    ['20 KB of nested objects (valid JSON)', DEEP_OBJECTS, '{', 321],
    ['20,000 unclosed brackets', UNCLOSED, '[', 65],
  ])('is one error at its first bracket past the limit, without overflowing the stack: %s', (_name, text, bracket, column) => {
    const result = parseScene(text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([{ severity: 'error', rule: 'nesting-too-deep', message: NESTING_MESSAGE(bracket), path: [], line: 1, column }]);
  });

  it('is refused inside a scene too, by line and column', () => {
    const text = minimalSceneText().replace('"offsetM": [0, 0.5]', `"offsetM": ${'['.repeat(5_000)}`);
    const [first] = parseSceneBytes(new TextEncoder().encode(text)).diagnostics;
    expect(first).toMatchObject({ rule: 'nesting-too-deep', line: 61, column: 142 });
  });

  it('leaves the report of every other file whole in a multi-file run', () => {
    const files: Record<string, string> = { 'a.json': DEEP_ARRAYS, 'b.json': minimalSceneText(), 'c.json': UNCLOSED };
    const report = validateSceneFiles(Object.keys(files), (path) => files[path] ?? '');
    expect(report.exitCode).toBe(1);
    expect(report.lines).toEqual([
      `a.json:1:65: error: ${NESTING_MESSAGE('[')} (at (root))`,
      'a.json: 1 error, 0 warnings',
      'b.json: 2 halls, 3 zones, 10 booths, 4 exhibits, 0 furniture items, 3 exhibitors, 0 warnings',
      `c.json:1:65: error: ${NESTING_MESSAGE('[')} (at (root))`,
      'c.json: 1 error, 0 warnings',
    ]);
  });
});
