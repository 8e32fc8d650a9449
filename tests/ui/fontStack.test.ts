import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_FONT_FAMILY } from '../../src/render/labels/textRasterizer';

const css = readFileSync(new URL('../../src/ui/styles.css', import.meta.url), 'utf8');

/** The families of the page's font stack (the `:root` rule's font-family), unquoted. */
function rootFamilies(): string[] {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const stack = /font-family:\s*([^;]+);/.exec(root)?.[1] ?? '';
  return stack.split(',').map((family) => family.trim().replace(/^['"]|['"]$/g, ''));
}

const CJK_FAMILIES = ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'];

describe('font stack', () => {
  it('names the common Simplified Chinese system fonts before the generic family', () => {
    const families = rootFamilies();
    expect(families.at(-1)).toBe('sans-serif');
    expect(families).toEqual(expect.arrayContaining(CJK_FAMILIES));
    for (const family of CJK_FAMILIES) expect(families.indexOf(family)).toBeLessThan(families.indexOf('sans-serif'));
  });

  it('draws the 3D labels with the same Chinese fonts', () => {
    const families = LABEL_FONT_FAMILY.split(',').map((family) => family.trim().replace(/^['"]|['"]$/g, ''));
    expect(families).toEqual(expect.arrayContaining(CJK_FAMILIES));
    expect(families.at(-1)).toBe('sans-serif');
  });
});
