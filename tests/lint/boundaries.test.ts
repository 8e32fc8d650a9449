/** The folder boundaries of the house style are enforced by ESLint; these prove the rules bite. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('folder boundaries', () => {
  it('keeps three and React out of the scene layer', async () => {
    expect(await boundaryErrors("import { Mesh } from 'three';\nexport const m = Mesh;\n", 'src/scene/example.ts')).toHaveLength(1);
    expect(await boundaryErrors("import { useState } from 'react';\nexport const u = useState;\n", 'src/scene/example.ts')).toHaveLength(1);
  });

  it('keeps three, React and stores out of the quality core', async () => {
    expect(await boundaryErrors("import { Mesh } from 'three';\nexport const m = Mesh;\n", 'src/quality/example.ts')).toHaveLength(1);
    expect(await boundaryErrors("import { createStore } from 'zustand/vanilla';\nexport const c = createStore;\n", 'src/quality/example.ts')).toHaveLength(1);
  });

  it('keeps three and React out of the navigation core', async () => {
    expect(await boundaryErrors("import { Vector3 } from 'three';\nexport const v = Vector3;\n", 'src/navigation/example.ts')).toHaveLength(1);
  });

  it('keeps three out of the UI', async () => {
    expect(await boundaryErrors("import { Color } from 'three';\nexport const c = Color;\n", 'src/ui/Example.tsx')).toHaveLength(1);
  });

  it('keeps React out of the render layer', async () => {
    expect(await boundaryErrors("import { useMemo } from 'react';\nexport const u = useMemo;\n", 'src/render/example.ts')).toHaveLength(1);
  });

  it('lets the app layer use both', async () => {
    const code = "import { Color } from 'three';\nimport { useMemo } from 'react';\nexport const both = [Color, useMemo];\n";
    expect(await boundaryErrors(code, 'src/app/Example.tsx')).toEqual([]);
  });
}, 60_000);
