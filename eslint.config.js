// Lint rules, and the folder boundaries that keep the layers of docs/architecture.md (house style) honest.
// Each folder of src/ is a layer; `layers` below says which other layers it may import, and
// eslint-plugin-boundaries checks every import against it after resolving the path to a file, so the
// barrel '../render' is caught as well as '../render/x' (issue 10, item 6). no-restricted-imports only
// keeps packages out of layers: src/scene, src/navigation, src/quality and src/search are pure
// TypeScript; src/render knows three but not React; the UI never imports three; stores hold no three.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

const three = ['three', 'three/*', '@react-three/*'];
const react = ['react', 'react-dom', 'react-dom/*', 'react/*', '@react-three/*'];
const pure = [...three, ...react, 'zustand', 'zustand/*', 'node:*'];

const restrict = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: [...new Set(groups)], message }] }],
});

/**
 * Which other layers each folder of src/ may import (imports inside a folder are always allowed), and
 * what the entry src/main.tsx may import. Files outside src/ (scripts, bench, tests, configs) are not
 * checked.
 */
const layers = {
  scene: [],
  navigation: ['scene'],
  quality: [],
  search: ['scene'],
  render: ['scene', 'navigation', 'quality'],
  store: ['scene', 'navigation', 'quality', 'search'],
  ui: ['scene', 'navigation', 'quality', 'search', 'store'],
  app: ['scene', 'navigation', 'quality', 'search', 'render', 'store', 'ui'],
};
const entryImports = ['app', 'store', 'ui', 'scene'];

const layerPolicies = [
  ...Object.entries(layers)
    .filter(([, allowed]) => allowed.length > 0)
    .map(([type, allowed]) => ({ from: { element: { type } }, allow: { to: { element: { type: allowed } } } })),
  // Elements are folders, so the entry file is told apart by a file category instead.
  { from: { file: { categories: 'entry' } }, allow: { to: { element: { type: entryImports } } } },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'bench/results/', '.scratch/', '.cache/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/**'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': Object.keys(layers).map((type) => ({ type, pattern: `src/${type}`, partialMatch: false })),
      'boundaries/files': [{ category: 'entry', pattern: 'src/main.tsx' }],
      'boundaries/legacy-templates': false,
      // The node resolver that ships with the plugin, taught the TypeScript extensions: it maps
      // '../render' to src/render/index.ts, so a barrel import is classified by the file it reaches.
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // An import of a local file the resolver cannot place in a layer (an unresolvable path,
          // a file outside src/) fails rather than slipping past the matrix.
          checkUnknownLocals: true,
          message:
            "'{{dependency.source}}' crosses a folder boundary: " +
            '{{#if from.element.type}}src/{{from.element.type}}{{else}}src/main.tsx{{/if}} may not import ' +
            '{{#if to.element.type}}src/{{to.element.type}}{{else}}a path that resolves to no file in a folder of src/{{/if}} ' +
            '(allowed directions: docs/architecture.md and `layers` in eslint.config.js).',
          policies: layerPolicies,
        },
      ],
      // A new folder of src/ needs its row in `layers` before it can import or be imported.
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    files: ['src/scene/**'],
    rules: restrict(pure, 'src/scene is pure TypeScript: no three, React, stores or Node APIs (it runs in the browser and in Node).'),
  },
  {
    files: ['src/navigation/**'],
    rules: restrict(pure, 'src/navigation is pure TypeScript (walking, collision, paths): tested in Node, time passed in.'),
  },
  {
    files: ['src/quality/**'],
    rules: restrict(pure, 'src/quality is pure TypeScript (presets and the frame-time monitor): every layer may use it.'),
  },
  {
    files: ['src/search/**'],
    rules: restrict(pure, 'src/search is pure TypeScript (the search core, minisearch and pinyin-pro): tested in Node, used through stores.'),
  },
  {
    files: ['src/render/**'],
    rules: restrict(react, 'src/render uses three only; React wrappers live in src/app.'),
  },
  {
    files: ['src/store/**'],
    rules: restrict(three, 'stores hold data, not three objects or components.'),
  },
  {
    files: ['src/ui/**'],
    rules: restrict(three, 'the UI never imports three; it reads stores.'),
  },
);
