import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScene } from '../../src/scene';

describe('the README', () => {
  it('shows a scene example that validates without errors or warnings', () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const result = parseScene(example ?? '');
    expect(result.diagnostics).toEqual([]);
    expect(result.layout?.booths).toHaveLength(20);
  });
});
