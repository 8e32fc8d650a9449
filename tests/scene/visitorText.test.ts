/**
 * Nothing written for developers reaches visitors (issue 12): the default scene's visitor-visible
 * text (titles, names, descriptions, captions, alt texts, link labels, signs, tour narration) holds
 * no note about placeholders, sample data or source articles, in either language. Also: the
 * pictures the scene names are on this site, committed as their generator writes them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScene, type Scene } from '../../src/scene';
import { MEDIA_IMAGES } from '../../scripts/content/mediaImages';

/** Notes for developers and curators, as they were written into the scene before issue 12, and their kin. */
const DEVELOPER_PHRASES = /placeholder|sample data|source articles?|the articles|\bTODO\b|\bFIXME\b|lorem ipsum|not a real organi[sz]ation|npm run|占位|示例数据|资料未|并非真实/i;

/** Fields whose text the expo shows: everything in them, in both languages. */
const VISIBLE_KEYS = new Set(['title', 'shortTitle', 'name', 'description', 'venue', 'theme', 'caption', 'alt', 'label', 'narration']);

/** Every visible text of `value` with where it is, e.g. `exhibits[3].description.en`. */
function visibleTexts(value: unknown, path = '', visible = false): { path: string; text: string }[] {
  if (typeof value === 'string') return visible ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => visibleTexts(item, `${path}[${index}]`, visible));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => visibleTexts(item, path ? `${path}.${key}` : key, visible || VISIBLE_KEYS.has(key)));
  }
  return [];
}

const developerNotes = (scene: unknown) => visibleTexts(scene).filter(({ text }) => DEVELOPER_PHRASES.test(text));

const text = readFileSync('scenes/mianyang-2023.json', 'utf8');
const parsed = parseScene(text);
function scene(): Scene {
  if (!parsed.layout) throw new Error('the default scene does not parse');
  return parsed.layout.scene;
}

describe('the default scene, as visitors read it', () => {
  it('reads every visible text, in both languages', () => {
    const texts = visibleTexts(scene());
    // Thousands of titles and descriptions: a scan that reads nothing would pass by itself.
    expect(texts.length).toBeGreaterThan(5_000);
    expect(texts.some(({ path }) => /^exhibitors\[\d+\]\.description\.zh$/.test(path))).toBe(true);
    expect(texts.some(({ path }) => /^exhibits\[\d+\]\.media\[0\]\.alt\.en$/.test(path))).toBe(true);
  });

  it('finds a developer note planted in a copy', () => {
    const copy = structuredClone(scene());
    const exhibit = copy.exhibits.find((item) => item.role === 'furniture');
    const [exhibitor] = copy.exhibitors;
    if (!exhibit || !exhibitor) throw new Error('no furniture or no exhibitor in the default scene');
    exhibit.description = { en: 'Stand furniture placeholder: the source articles do not list this exhibitor\'s exhibits.' };
    exhibitor.description = { zh: '示例数据：占位展商' };
    expect(developerNotes(copy).map(({ path }) => path.replace(/\d+/g, 'n'))).toEqual(['exhibitors[n].description.zh', 'exhibits[n].description.en']);
  });

  it('holds no note written for developers', () => {
    expect(developerNotes(scene())).toEqual([]);
  });

  it('tags sample exhibitors for visitors in words meant for them', () => {
    const samples = scene().exhibitors.filter((exhibitor) => exhibitor.sample);
    expect(samples.length).toBeGreaterThan(200);
    for (const exhibitor of samples) expect(exhibitor.description?.en).toMatch(/details to be announced\.$/);
  });
});

describe('the default scene\'s pictures', () => {
  const media = () => scene().exhibits.flatMap((exhibit) => (exhibit.media ?? []).map((medium) => ({ exhibit: exhibit.id, ...medium })));

  it('show the headline exhibits', () => {
    const shown = new Set(media().map((medium) => medium.exhibit));
    for (const id of ['fast-china-sky-eye', 'hl-2m-tokamak', 'hualong-one', 'guohe-one', 'lhaaso-lasso', 'lunar-lander', 'f-class-gas-turbine']) expect(shown, id).toContain(id);
  });

  it('are files of this site with alt text and a caption in both languages', () => {
    for (const medium of media()) {
      expect(medium.url, medium.exhibit).toMatch(/^media\/[a-z0-9-]+\.svg$/);
      expect(existsSync(`public/${medium.url}`), medium.url).toBe(true);
      expect(medium.alt?.zh && medium.alt.en && medium.caption?.zh && medium.caption.en, medium.url).toBeTruthy();
    }
  });

  it('are committed as their generator draws them, each a few KiB with a natural size', () => {
    for (const [name, draw] of Object.entries(MEDIA_IMAGES)) {
      const committed = readFileSync(`public/media/${name}`, 'utf8');
      expect(committed, `public/media/${name} is stale: run npm run gen:default`).toBe(draw());
      expect(committed).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
      expect(committed.length).toBeLessThan(16_000);
    }
  });
});
