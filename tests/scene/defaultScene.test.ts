/**
 * The default scene, scenes/mianyang-2023.json, and every other committed scene file.
 *
 * The default scene is generated (scripts/generateMianyang.ts); these tests keep the committed
 * file in step with its generator and hold it to the content brief: real scale, the zones and
 * exhibitors the articles name, and clearly labelled sample data for everything else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countScene, formatDiagnostic, parseScene, serializeScene, type LaidOutScene } from '../../src/scene';
import { buildMianyangScene } from '../../scripts/generateMianyang';
import { GENERIC_EXHIBITORS, NAMED_EXHIBITORS } from '../../scripts/content/exhibitors';

const SCENES_DIR = fileURLToPath(new URL('../../scenes/', import.meta.url));
const DEFAULT_FILE = 'mianyang-2023.json';

const committedText = readFileSync(`${SCENES_DIR}${DEFAULT_FILE}`, 'utf8');
const parsed = parseScene(committedText);

function laidOut(): LaidOutScene {
  if (!parsed.layout) throw new Error(`${DEFAULT_FILE} does not parse: ${parsed.diagnostics.map((d) => formatDiagnostic(DEFAULT_FILE, d)).join('\n')}`);
  return parsed.layout;
}

/** Zones the brief names, by a piece of their English name. */
const BRIEF_ZONES = [
  'National Major',
  'Aerospace',
  'Artificial Intelligence',
  'Electronic Information',
  'Advanced Materials',
  'Equipment Manufacturing',
  'Mianyang Sci-Tech City',
  'Indonesia',
  'Youth',
  'Popular Science',
  'Technology Experience',
  'Chengdu–Chongqing–Mianyang',
];

/** Exhibitors the articles name, by a piece of their English name. */
const BRIEF_EXHIBITORS = [
  'CRRC',
  'Huawei',
  'Baidu',
  'DJI',
  'Tesla',
  '3M',
  'Turing',
  'FANUC',
  'Jiuyiyuan',
  'CAEP',
  'Jiuzhou',
  'Zhongjiu Flash',
  'Southwest Institute of Physics',
];

/** Headline exhibits of the brief, by exhibit id. */
const HEADLINE_EXHIBITS = [
  'lunar-lander',
  'hl-2m-tokamak',
  'guohe-one',
  'hualong-one',
  'fast-china-sky-eye',
  'optimus-humanoid-robot',
  'f-class-gas-turbine',
  'lhaaso-lasso',
  'first-domestic-medical-cyclotron',
  'high-power-petal-accelerator',
  'vehicle-mounted-anti-drone-system',
  'flash-radiotherapy-model',
];

/** Models that are stand fittings wherever they stand. */
const FITTING_MODELS = ['counter', 'plant', 'banner', 'partition', 'poster-stand', 'screen', 'chair'].map((name) => `model-${name}`);

/**
 * Screens, posters and a counter that are themselves what the articles name (an event, a
 * platform, a photo exhibition), so they stay exhibits although their models are fittings.
 */
const NAMED_CONTENT_ON_FITTINGS = [
  'sichuan-chongqing-forum-screen',
  'western-science-city-poster',
  'indonesia-opening-screen',
  'indonesia-photo-1',
  'indonesia-photo-2',
  'indonesia-photo-3',
  'indonesia-matchmaking-counter',
  'tianfu-sci-tech-cloud',
  'sichuan-chongqing-science-bases',
];

describe('default scene (mianyang-2023)', () => {
  it('is the generator output (not stale)', () => {
    const fresh = serializeScene(buildMianyangScene());
    expect(committedText === fresh, `scenes/${DEFAULT_FILE} is stale: run \`npm run gen:default\` and commit the result`).toBe(true);
  });

  it('parses with no errors and no warnings', () => {
    expect(parsed.diagnostics.map((d) => formatDiagnostic(DEFAULT_FILE, d))).toEqual([]);
    expect(parsed.ok).toBe(true);
  });

  it('has the real scale after layout', () => {
    const counts = countScene(laidOut());
    expect(counts.halls).toBeGreaterThanOrEqual(4);
    expect(counts.zones).toBeGreaterThanOrEqual(12);
    expect(counts.booths).toBeGreaterThanOrEqual(240);
    // Thousands of things on the stands, most of them exhibits rather than fittings.
    expect(counts.exhibits + counts.furniture).toBeGreaterThanOrEqual(2000);
    expect(counts.exhibits).toBeGreaterThanOrEqual(1500);
    const floorM2 = laidOut().scene.halls.reduce((sum, hall) => sum + hall.sizeM.width * hall.sizeM.depth, 0);
    expect(floorM2).toBeGreaterThanOrEqual(38_000);
    expect(floorM2).toBeLessThanOrEqual(45_000);
  });

  it('has the expo facts of the brief', () => {
    const { expo } = laidOut().scene;
    expect(expo.id).toBe('mianyang-2023');
    expect(expo.dates).toEqual({ start: '2023-11-22', end: '2023-11-26' });
    expect(expo.title.zh).toBe('第十一届中国（绵阳）科技城国际科技博览会');
    expect(expo.shortTitle?.zh).toBe('科博会');
    expect(expo.theme?.zh).toBe('科技引领·创新转化·开放合作');
  });

  it('has every zone the brief names, each with its own colour', () => {
    const zones = laidOut().zones.map((placed) => placed.zone);
    for (const name of BRIEF_ZONES) {
      expect(zones.filter((zone) => zone.name.en?.includes(name)), `zone "${name}"`).toHaveLength(1);
    }
    for (const zone of zones) expect(zone.name.zh, `${zone.id} has a Chinese name`).toBeTruthy();
    expect(new Set(zones.map((zone) => zone.color.toLowerCase())).size).toBe(zones.length);
  });

  it('has the named exhibitors, each with a booth', () => {
    const { scene, booths } = laidOut();
    for (const name of BRIEF_EXHIBITORS) {
      const matches = scene.exhibitors.filter((exhibitor) => exhibitor.name.en?.includes(name) && !exhibitor.sample);
      expect(matches, `exhibitor "${name}"`).toHaveLength(1);
      const exhibitor = matches[0];
      expect(exhibitor?.name.zh, `exhibitor "${name}" has a Chinese name`).toBeTruthy();
      expect(booths.some((booth) => booth.exhibitorId === exhibitor?.id), `exhibitor "${name}" has a booth`).toBe(true);
    }
  });

  it('has the headline exhibits, placed by hand with bilingual titles', () => {
    const exhibits = new Map(laidOut().scene.exhibits.map((exhibit) => [exhibit.id, exhibit]));
    for (const id of HEADLINE_EXHIBITS) {
      const exhibit = exhibits.get(id);
      expect(exhibit, `exhibit ${id}`).toBeDefined();
      expect(exhibit?.offsetM, `exhibit ${id} has an offset`).toBeDefined();
      expect(exhibit?.title.zh && exhibit.title.en, `exhibit ${id} has zh and en titles`).toBeTruthy();
      expect(exhibit?.description?.zh && exhibit.description.en, `exhibit ${id} has zh and en descriptions`).toBeTruthy();
    }
  });

  it('marks every stand fitting as furniture, and keeps named content on fittings an exhibit', () => {
    const { exhibits } = laidOut().scene;
    const onFittings = exhibits.filter((exhibit) => FITTING_MODELS.includes(exhibit.model));
    expect(onFittings.length).toBeGreaterThan(400);
    expect(onFittings.filter((exhibit) => exhibit.role !== 'furniture').map((exhibit) => exhibit.id)).toEqual(NAMED_CONTENT_ON_FITTINGS);
  });

  it('marks the information plinths as furniture, and keeps samples on a plinth exhibits', () => {
    const { exhibits } = laidOut().scene;
    const byId = new Map(exhibits.map((exhibit) => [exhibit.id, exhibit]));
    expect(byId.get('fast-pedestal')?.role).toBe('furniture');
    expect(byId.get('optimus-pedestal')?.role).toBe('furniture');
    const samplePlinths = exhibits.filter((exhibit) => exhibit.model === 'model-pedestal' && exhibit.id.startsWith('sample-'));
    expect(samplePlinths.length).toBeGreaterThan(0);
    expect(samplePlinths.filter((exhibit) => exhibit.role !== 'exhibit').map((exhibit) => exhibit.id)).toEqual([]);
  });

  it('keeps headline exhibits, display cases, kiosks and product models as exhibits', () => {
    const { exhibits } = laidOut().scene;
    const byId = new Map(exhibits.map((exhibit) => [exhibit.id, exhibit]));
    for (const id of [...HEADLINE_EXHIBITS, 'lunar-rover', 'indonesia-traditional-medicine', 'sichuan-chongqing-science-map']) {
      expect(byId.get(id)?.role, `exhibit ${id}`).toBe('exhibit');
    }
    const furnitureModels = new Set(exhibits.filter((exhibit) => exhibit.role === 'furniture').map((exhibit) => exhibit.model));
    expect([...furnitureModels].sort()).toEqual([...FITTING_MODELS, 'model-pedestal'].sort());
  });

  it('counts exhibits without furniture', () => {
    const counts = countScene(laidOut());
    const { exhibits } = laidOut().scene;
    expect(counts.furniture).toBe(exhibits.filter((exhibit) => exhibit.role === 'furniture').length);
    expect(counts.furniture).toBeGreaterThan(0);
    expect(counts.exhibits).toBe(exhibits.length - counts.furniture);
  });

  it('writes the role only for furniture, leaving the default out', () => {
    expect(committedText).not.toContain('"role": "exhibit"');
    expect(committedText).toContain('"role": "furniture"');
  });

  it('has only the curated real exhibitors, each with a booth showing something', () => {
    const { scene, booths } = laidOut();
    const curated = new Set([...NAMED_EXHIBITORS, ...GENERIC_EXHIBITORS].map((exhibitor) => exhibitor.id));
    const boothsWithExhibits = new Set(scene.exhibits.map((exhibit) => exhibit.booth));
    for (const exhibitor of scene.exhibitors.filter((item) => !item.sample)) {
      expect(curated.has(exhibitor.id), `non-sample exhibitor ${exhibitor.id} comes from scripts/content/exhibitors.ts`).toBe(true);
      expect(exhibitor.name.en?.startsWith('Sample'), `non-sample exhibitor ${exhibitor.id} is not named "Sample …"`).toBe(false);
      const own = booths.filter((booth) => booth.exhibitorId === exhibitor.id);
      expect(own.length, `exhibitor ${exhibitor.id} has a booth`).toBeGreaterThan(0);
      expect(own.some((booth) => boothsWithExhibits.has(booth.id)), `exhibitor ${exhibitor.id} shows an exhibit`).toBe(true);
    }
  });

  it('labels every sample exhibitor as sample data, and names every sample exhibitor so', () => {
    const { exhibitors } = laidOut().scene;
    for (const exhibitor of exhibitors) {
      if (exhibitor.name.en?.startsWith('Sample')) expect(exhibitor.sample, `${exhibitor.id} is named "Sample …"`).toBe(true);
      if (exhibitor.sample) {
        expect(exhibitor.name.en, `${exhibitor.id} is sample data`).toMatch(/^Sample exhibitor /);
        expect(exhibitor.name.zh, `${exhibitor.id} is sample data`).toMatch(/^示例展商 /);
      }
    }
  });

  it('gives sample booths 6–12 auto-arranged exhibits', () => {
    const { scene, booths } = laidOut();
    const sampleExhibitors = new Set(scene.exhibitors.filter((exhibitor) => exhibitor.sample).map((exhibitor) => exhibitor.id));
    const perBooth = new Map<string, number>();
    for (const exhibit of scene.exhibits) {
      perBooth.set(exhibit.booth, (perBooth.get(exhibit.booth) ?? 0) + 1);
      if (exhibit.title.en?.startsWith('Sample')) expect(exhibit.offsetM, `${exhibit.id} is arranged automatically`).toBeUndefined();
    }
    for (const booth of booths.filter((item) => item.exhibitorId !== undefined && sampleExhibitors.has(item.exhibitorId))) {
      const count = perBooth.get(booth.id) ?? 0;
      expect(count >= 6 && count <= 12, `booth ${booth.code} has ${count} exhibits`).toBe(true);
    }
  });

  it('uses only https links', () => {
    const { scene } = laidOut();
    const links = [...scene.exhibitors, ...scene.exhibits].flatMap((item) => item.links ?? []);
    for (const link of links) expect(link.url).toMatch(/^https:\/\//);
  });

  it('is generated deterministically', () => {
    expect(serializeScene(buildMianyangScene())).toBe(serializeScene(buildMianyangScene()));
  });

  it('uses every model it lists', () => {
    const { scene } = laidOut();
    const used = new Set(scene.exhibits.map((exhibit) => exhibit.model));
    expect(scene.models.filter((model) => !used.has(model.id)).map((model) => model.id)).toEqual([]);
  });

  it('stays under 1.5 MB', () => {
    expect(Buffer.byteLength(committedText)).toBeLessThan(1.5 * 1024 * 1024);
  });
});

describe('committed scene files', () => {
  const files = readdirSync(SCENES_DIR).filter((file) => file.endsWith('.json') && file !== 'scene.schema.json');

  it('include the default scene', () => {
    expect(files).toContain(DEFAULT_FILE);
  });

  it('mark the fittings of the hard-tech scene as furniture, its forum notices staying exhibits', () => {
    const { scene } = parseScene(readFileSync(`${SCENES_DIR}hard-tech-2023.json`, 'utf8')).layout ?? {};
    const onFittings = scene?.exhibits.filter((exhibit) => FITTING_MODELS.includes(exhibit.model)) ?? [];
    expect(onFittings.length).toBeGreaterThan(10);
    expect(onFittings.filter((exhibit) => exhibit.role !== 'furniture').map((exhibit) => exhibit.id)).toEqual(['forums-1-5-5', 'forum-fields']);
  });

  it.each(files)('%s parses with no errors and no warnings', (file) => {
    const result = parseScene(readFileSync(`${SCENES_DIR}${file}`, 'utf8'));
    expect(result.diagnostics.map((d) => formatDiagnostic(file, d))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.layout).toBeDefined();
  });
});
