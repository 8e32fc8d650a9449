/** One `vite preview` of `dist/` for the whole browser suite; its address is given to tests by `inject('baseUrl')`. */
import type { TestProject } from 'vitest/node';
import { startPreview } from './previewServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPreview();
  project.provide('baseUrl', server.baseUrl);
  return () => server.close();
}
