/** The folder boundaries of the house style are enforced by ESLint; these prove the rules bite. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function messagesOf(ruleId: string, code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === ruleId).map((message) => message.message);
}

/** Package restrictions (three, React, zustand, node:*) per layer. */
function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  return messagesOf('no-restricted-imports', code, filePath);
}

/**
 * Layer restrictions between folders of src/. The paths name real modules: the plugin resolves each
 * import to a file before it knows which folder the import reaches.
 */
function layerErrors(source: string, filePath: string): Promise<string[]> {
  return messagesOf('boundaries/dependencies', `import { x } from '${source}';\nexport const y = x;\n`, filePath);
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

  it('keeps three, React, stores and Node APIs out of the search core but lets it use its libraries', async () => {
    expect(await boundaryErrors("import { Vector3 } from 'three';\nexport const v = Vector3;\n", 'src/search/example.ts')).toHaveLength(1);
    expect(await boundaryErrors("import { useMemo } from 'react';\nexport const u = useMemo;\n", 'src/search/example.ts')).toHaveLength(1);
    expect(await boundaryErrors("import { createStore } from 'zustand/vanilla';\nexport const c = createStore;\n", 'src/search/example.ts')).toHaveLength(1);
    expect(await boundaryErrors("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'src/search/example.ts')).toHaveLength(1);
    const libraries = "import MiniSearch from 'minisearch';\nimport { pinyin } from 'pinyin-pro';\nexport const both = [MiniSearch, pinyin];\n";
    expect(await boundaryErrors(libraries, 'src/search/example.ts')).toEqual([]);
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

describe('layer boundaries', () => {
  it('rejects a barrel import of a layer the importer may not use', async () => {
    expect(await layerErrors('../render', 'src/ui/Example.tsx')).toEqual([
      "'../render' crosses a folder boundary: src/ui may not import src/render (allowed directions: docs/architecture.md and `layers` in eslint.config.js).",
    ]);
    expect(await layerErrors('../store', 'src/navigation/example.ts')).toEqual([expect.stringContaining('src/navigation may not import src/store')]);
    expect(await layerErrors('../../render/instancing', 'src/scene/architecture/example.ts')).toEqual([
      expect.stringContaining('src/scene may not import src/render'),
    ]);
  });

  it('rejects the app layer from a store, as a barrel and as a module', async () => {
    // src/app has no index.ts: its barrel resolves to no file, and an import nothing can classify fails too.
    expect(await layerErrors('../app', 'src/store/example.ts')).toEqual([
      expect.stringContaining('src/store may not import a path that resolves to no file in a folder of src/'),
    ]);
    expect(await layerErrors('../app/App', 'src/store/example.ts')).toEqual([expect.stringContaining('src/store may not import src/app')]);
  });

  it('rejects a deep import of a module in a forbidden layer, type-only or not', async () => {
    expect(await layerErrors('../render/createExpoView', 'src/ui/Example.tsx')).toEqual([expect.stringContaining('src/ui may not import src/render')]);
    const typeOnly = "import type { ExpoView } from '../render/createExpoView';\nexport type View = ExpoView;\n";
    expect(await messagesOf('boundaries/dependencies', typeOnly, 'src/ui/Example.tsx')).toEqual([expect.stringContaining('src/ui may not import src/render')]);
  });

  it('rejects a re-export or a dynamic import of a forbidden layer', async () => {
    expect(await messagesOf('boundaries/dependencies', "export * from '../render';\n", 'src/ui/example.ts')).toHaveLength(1);
    expect(await messagesOf('boundaries/dependencies', "export const load = () => import('../render');\n", 'src/ui/example.ts')).toHaveLength(1);
  });

  it('allows the barrels of layers below, which the same import from a lower layer may not use', async () => {
    expect(await layerErrors('../store', 'src/ui/Example.tsx')).toEqual([]);
    expect(await layerErrors('../store', 'src/render/example.ts')).toHaveLength(1);

    expect(await layerErrors('../scene', 'src/navigation/example.ts')).toEqual([]);
    expect(await layerErrors('../scene', 'src/quality/example.ts')).toHaveLength(1);

    expect(await layerErrors('../search', 'src/store/example.ts')).toEqual([]);
    expect(await layerErrors('../search', 'src/render/example.ts')).toHaveLength(1);
  });

  it('lets the entry import the app, stores, UI and scene but not the renderer', async () => {
    expect(await layerErrors('./app/App', 'src/main.tsx')).toEqual([]);
    expect(await layerErrors('./store/sceneStore', 'src/main.tsx')).toEqual([]);
    expect(await layerErrors('./render', 'src/main.tsx')).toEqual([expect.stringContaining('src/main.tsx may not import src/render')]);
  });

  it('asks a new folder of src/ for its row in the layer table', async () => {
    expect(await messagesOf('boundaries/no-unknown-files', 'export const x = 1;\n', 'src/newLayer/example.ts')).toHaveLength(1);
    expect(await messagesOf('boundaries/no-unknown-files', 'export const x = 1;\n', 'src/store/example.ts')).toEqual([]);
  });
}, 60_000);
