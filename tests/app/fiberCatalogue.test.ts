/**
 * The build gives R3F only the three.js classes in src/app/fiberCatalogue.ts (scripts/vite/fiberCatalogue.ts): an
 * element missing there would fail in the built app only ("… is not part of the THREE namespace").
 * Every lowercase JSX element in a component that renders into R3F must be in the catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as catalogue from '../../src/app/fiberCatalogue';

function componentFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Components drawn inside the R3F canvas: those importing R3F or three. */
const R3F_FILES = componentFiles('src').filter((file) => /from '(@react-three\/fiber|three)'/.test(readFileSync(file, 'utf8')));

/** Lowercase JSX elements of `source` (R3F's `primitive` needs no class). */
function threeElements(source: string): string[] {
  // Not a type argument (`Set<number>`, `ReturnType<typeof f>`): an identifier comes before those.
  const names = [...source.matchAll(/(?<![\w$.])<([a-z][A-Za-z0-9]*)[\s/>]/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].filter((name) => name !== 'primitive');
}

describe('the R3F catalogue of the build', () => {
  it('finds the components that render into the canvas', () => {
    expect(R3F_FILES.some((file) => file.endsWith('ExpoCanvas.tsx'))).toBe(true);
  });

  it('holds every three.js element those components use', () => {
    const missing: string[] = [];
    for (const file of R3F_FILES) {
      for (const name of threeElements(readFileSync(file, 'utf8'))) {
        const className = name[0]?.toUpperCase() + name.slice(1);
        if (!(className in catalogue)) missing.push(`${file}: <${name}> (${className})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('holds the lights and the background the view uses', () => {
    expect(Object.keys(catalogue).sort()).toEqual(expect.arrayContaining(['Color', 'DirectionalLight', 'HemisphereLight']));
  });
});
