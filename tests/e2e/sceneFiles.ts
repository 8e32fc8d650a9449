/** Scene files as the tests know them: text from disk, parsed with the app's own parser. */
import { readFileSync } from 'node:fs';
import { localizedString, parseScene, type Language, type LaidOutScene } from '../../src/scene';

export function readSceneText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function readLayout(path: string): LaidOutScene {
  const result = parseScene(readSceneText(path));
  if (!result.layout) throw new Error(`${path} does not parse: ${result.diagnostics[0]?.message ?? 'unknown error'}`);
  return result.layout;
}

export function expoTitle(path: string, language: Language = 'en'): string {
  return localizedString(readLayout(path).scene.expo.title, language);
}

/** The minimal valid fixture as plain JSON, to change in a test and serve with `page.route`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON poked at by path in tests
export function minimalDocument(): Record<string, any> {
  return JSON.parse(readSceneText('tests/fixtures/valid/minimal.json')) as Record<string, unknown>;
}
