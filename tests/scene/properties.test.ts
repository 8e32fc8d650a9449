/**
 * Property tests: any valid scene survives serialize → parse unchanged, and no input at all can
 * make the parser throw anything but a SceneValidationError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SceneValidationError, parseScene, parseSceneOrThrow, serializeScene, type Scene } from '../../src/scene';
import { minimalSceneText } from './sceneFixtures';

const RUNS = 150;

const kebabId = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,4}){0,2}$/);
/** Any text, hostile characters included: quotes, markup, controls, astral-plane characters. */
const anyText = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((text) => text.trim() !== '');
const localized = fc.record({ zh: anyText, en: anyText }, { requiredKeys: [] }).filter((text) => Boolean(text.zh?.trim() || text.en?.trim()));
const metres = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/**
 * A valid scene in its parsed form (every default written out), built so that it cannot fail the
 * cross-checks: halls far apart, one zone filling each hall, booths on a coarse lattice.
 */
const validScene: fc.Arbitrary<Scene> = fc
  .record({
    expoId: kebabId,
    title: localized,
    hallCount: fc.integer({ min: 1, max: 3 }),
    boothsPerHall: fc.integer({ min: 0, max: 12 }),
    exhibitsPerBooth: fc.integer({ min: 0, max: 3 }),
    hallWidth: metres(40, 200),
    names: fc.array(localized, { minLength: 40, maxLength: 40 }),
    rotation: fc.constantFrom(0, 90, 180, 270, 45),
    url: fc.webUrl({ validSchemes: ['https', 'http'] }).filter((url) => !/\s/.test(url)),
    country: fc.stringMatching(/^[A-Z]{2}$/),
    scale: metres(0.1, 5),
  })
  .map((p): Scene => {
    const halls: Scene['halls'] = [];
    const booths: Scene['booths'] = [];
    const exhibitors: Scene['exhibitors'] = [];
    const exhibits: Scene['exhibits'] = [];
    const name = (index: number) => p.names[index % p.names.length] ?? { en: 'x' };
    for (let h = 0; h < p.hallCount; h += 1) {
      halls.push({
        id: `hall-${h}`,
        name: name(h),
        sizeM: { width: p.hallWidth, depth: 60, height: 12 },
        positionM: [h * 1000, 0],
        doors: [{ id: 'main', wall: 'south', offsetM: 10, widthM: 4, leadsTo: 'outside', label: name(h + 1) }],
        zones: [{ id: `zone-${h}`, name: name(h + 2), color: '#336699', category: 'aerospace', rect: { x: 0, z: 0, width: p.hallWidth, depth: 60 } }],
      });
      for (let b = 0; b < p.boothsPerHall; b += 1) {
        const code = `H${h}-${b}`;
        const exhibitorId = `ex-${h}-${b}`;
        exhibitors.push({ id: exhibitorId, name: name(b), country: p.country, sample: b % 2 === 0, links: [{ url: p.url, label: name(b + 3) }] });
        booths.push({
          id: `booth-${h}-${b}`,
          code,
          zone: `zone-${h}`,
          exhibitor: exhibitorId,
          positionM: [10 + (b % 3) * 10, 10 + Math.floor(b / 3) * 10],
          rotationDeg: p.rotation,
          sizeM: [4, 3],
          template: 'island',
        });
        for (let e = 0; e < p.exhibitsPerBooth; e += 1) {
          exhibits.push({
            id: `item-${h}-${b}-${e}`,
            booth: `booth-${h}-${b}`,
            model: 'model-box',
            elevationM: 0,
            rotationDeg: 0,
            scale: p.scale,
            title: name(e),
            description: name(e + 5),
            role: e % 4 === 3 ? 'furniture' : 'exhibit',
          });
        }
      }
    }
    return {
      version: 1,
      expo: { id: p.expoId, title: p.title, dates: { start: '2023-11-22', end: '2023-11-26' }, venue: name(7), defaultHall: 'hall-0' },
      halls,
      booths,
      boothGrids: [],
      exhibitors,
      exhibits,
      models: [{ id: 'model-box', lods: ['models/box/lod0.glb'], sizeM: [1, 1, 1], color: '#9aa4b1' }],
    };
  });

describe('scene round trip', () => {
  it('parses a serialized valid scene back to the identical scene', () => {
    fc.assert(
      fc.property(validScene, (scene) => {
        const result = parseScene(serializeScene(scene));
        expect(result.diagnostics).toEqual([]);
        expect(result.layout?.scene).toEqual(scene);
      }),
      { numRuns: RUNS },
    );
  });

  it('reaches a canonical text after one parse, which further round trips keep byte for byte', () => {
    fc.assert(
      fc.property(validScene, (scene) => {
        const canonical = serializeScene(parseScene(serializeScene(scene)).layout?.scene);
        expect(serializeScene(parseScene(canonical).layout?.scene)).toBe(canonical);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Runs the throwing parser and lets only a SceneValidationError through. */
function parsesOrRejectsCleanly(text: string): void {
  try {
    parseSceneOrThrow(text, 'fuzz.json');
  } catch (error) {
    if (!(error instanceof SceneValidationError)) throw error;
    expect(error.diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of error.diagnostics) {
      expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      expect(diagnostic.column).toBeGreaterThanOrEqual(1);
      expect(diagnostic.message).not.toBe('');
    }
  }
}

describe('the parser on arbitrary input', () => {
  it('throws only validation errors for arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), parsesOrRejectsCleanly), { numRuns: 300 });
  });

  it('throws only validation errors for arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => parsesOrRejectsCleanly(JSON.stringify(value))), { numRuns: 300 });
  });

  it('throws only validation errors when a valid scene is damaged anywhere', () => {
    const base = minimalSceneText();
    const damage = fc.record({
      at: fc.nat({ max: base.length }),
      cut: fc.nat({ max: 12 }),
      insert: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('{', '}', '[', ']', ',', ':', '"', 'null', '-1e999', '\\u', '\u0000')),
    });
    fc.assert(
      fc.property(damage, ({ at, cut, insert }) => parsesOrRejectsCleanly(base.slice(0, at) + insert + base.slice(at + cut))),
      { numRuns: 400 },
    );
  });

  it('throws only validation errors when any value of a valid scene is replaced by any JSON value', () => {
    const document = JSON.parse(minimalSceneText()) as unknown;
    const paths: (string | number)[][] = [];
    const collect = (value: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((item, index) => collect(item, [...path, index]));
      else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) collect(item, [...path, key]);
    };
    collect(document, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((path) => path.length > 0)), fc.jsonValue({ maxDepth: 2 }), (path, replacement) => {
        const copy = structuredClone(document) as Record<string | number, unknown>;
        let parent: Record<string | number, unknown> = copy;
        for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
        parent[path.at(-1) as string | number] = replacement;
        parsesOrRejectsCleanly(JSON.stringify(copy, null, 2));
      }),
      { numRuns: 400 },
    );
  });
});
