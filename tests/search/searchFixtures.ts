/** Scenes for the search tests: the default expo as shipped, and a small scene built to order. */
import { readFileSync } from 'node:fs';
import { layoutScene, parseScene, sceneSchema, type LaidOutScene, type SceneInput } from '../../src/scene';
import { minimalSceneDocument } from '../scene/sceneFixtures';

export const DEFAULT_EXPO_PATH = 'scenes/mianyang-2023.json';

/** The default expo, parsed and laid out; throws if it does not parse. */
export function loadDefaultExpo(): LaidOutScene {
  const result = parseScene(readFileSync(DEFAULT_EXPO_PATH, 'utf8'));
  if (!result.layout) throw new Error(`${DEFAULT_EXPO_PATH} does not parse: ${result.diagnostics[0]?.message ?? ''}`);
  return result.layout;
}

type ExhibitInput = NonNullable<SceneInput['exhibits']>[number];

/**
 * The minimal test scene (two halls, three zones, booths A-001, B-001 and M-001 … M-008) with
 * extra exhibits: a Chinese title with 中国天眼, one holding 中国, 国天 and 天眼 only apart, and
 * a reception counter whose role is given.
 */
export function buildSmallScene(counterRole: 'exhibit' | 'furniture' = 'furniture'): LaidOutScene {
  const input = minimalSceneDocument() as SceneInput;
  const extra: ExhibitInput[] = [
    {
      id: 'sky-eye',
      booth: 'booth-b-001',
      model: 'model-rocket',
      title: { zh: '“中国天眼”射电望远镜', en: 'China Sky Eye radio telescope' },
      description: { zh: '世界最大单口径射电望远镜。', en: 'The largest single-dish radio telescope.' },
    },
    { id: 'pairs-apart', booth: 'booth-a-001', model: 'model-robot', title: { zh: '中国、国天与天眼三块展板', en: 'Three panels' } },
    { id: 'counter', booth: 'booth-a-001', model: 'model-robot', title: { zh: '接待台', en: 'Reception counter' }, role: counterRole },
  ];
  input.exhibits = [...(input.exhibits ?? []), ...extra];
  return layoutScene(sceneSchema.parse(input));
}
