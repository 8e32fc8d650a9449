/** Shared helpers for scene tests: the minimal valid scene and a way to vary it. */
import { readFileSync } from 'node:fs';
import { parseScene, type ParseResult } from '../../src/scene';

export const MINIMAL_SCENE_PATH = 'tests/fixtures/valid/minimal.json';

export function minimalSceneText(): string {
  return readFileSync(MINIMAL_SCENE_PATH, 'utf8');
}

/** Raw scene JSON that tests reach into freely to plant one defect at a time. */
export type SceneDocument = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw JSON poked at by path in tests

/** A deep copy of the minimal scene as plain JSON, to change and parse again. */
export function minimalSceneDocument(): SceneDocument {
  return JSON.parse(minimalSceneText()) as SceneDocument;
}

export function parseDocument(document: unknown): ParseResult {
  return parseScene(JSON.stringify(document, null, 2));
}

export function errorMessages(result: ParseResult): string[] {
  return result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
}

export function warningMessages(result: ParseResult): string[] {
  return result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
}
