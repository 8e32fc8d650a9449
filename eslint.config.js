// Folder boundaries keep the layers of docs/architecture (house style) honest:
// src/scene, src/navigation and src/quality are pure TypeScript; src/render knows three but not React; the UI never imports three.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const three = ['three', 'three/*', '@react-three/*'];
const react = ['react', 'react-dom', 'react-dom/*', 'react/*', '@react-three/*'];

const restrict = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: [...new Set(groups)], message }] }],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/results/', '.scratch/', '.cache/', 'public/'] },
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
    files: ['src/scene/**'],
    rules: restrict(
      [...three, ...react, 'zustand', 'zustand/*', '**/render/**', '**/store/**', '**/app/**', '**/ui/**', 'node:*'],
      'src/scene is pure TypeScript: no three, React, stores or Node APIs (it runs in the browser and in Node).',
    ),
  },
  {
    files: ['src/navigation/**'],
    rules: restrict(
      [...three, ...react, 'zustand', 'zustand/*', '**/render/**', '**/store/**', '**/app/**', '**/ui/**', 'node:*'],
      'src/navigation is pure TypeScript (walking, collision, paths): tested in Node, time passed in.',
    ),
  },
  {
    files: ['src/quality/**'],
    rules: restrict(
      [...three, ...react, 'zustand', 'zustand/*', '**/scene/**', '**/render/**', '**/store/**', '**/app/**', '**/ui/**', 'node:*'],
      'src/quality is pure TypeScript (presets and the frame-time monitor): every layer may use it.',
    ),
  },
  {
    files: ['src/render/**'],
    rules: restrict([...react, '**/store/**', '**/app/**', '**/ui/**'], 'src/render uses three only; React wrappers live in src/app.'),
  },
  {
    files: ['src/store/**'],
    rules: restrict([...three, '**/render/**', '**/app/**', '**/ui/**'], 'stores hold data, not three objects or components.'),
  },
  {
    files: ['src/ui/**'],
    rules: restrict([...three, '**/render/**'], 'the UI never imports three; it reads stores.'),
  },
);
