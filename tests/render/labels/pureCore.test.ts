/** The placement, fitting and packing core must run anywhere: no three, no DOM (ESLint only bounds src/render as a whole;
 * the dimensions it reads live in src/scene, which ESLint keeps pure). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PURE = ['labelPlacements.ts', 'atlasPacking.ts', 'fitLabelText.ts', 'packLabels.ts', 'signColors.ts'];
const ALLOWED = new Set(['./atlasPacking', './fitLabelText', './labelPlacements', './signColors', '../../scene']);

describe('label core', () => {
  it.each(PURE)('%s imports neither three nor anything browser-only', (file) => {
    const source = readFileSync(`src/render/labels/${file}`, 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    for (const target of imports) expect(ALLOWED.has(target ?? ''), `${file} imports ${target}`).toBe(true);
    expect(source).not.toMatch(/\b(?:document|window|OffscreenCanvas|navigator)\b/);
  });
});
