import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_DWELL_S, parseScene, tourStopDwellS } from '../../src/scene';
import { errorMessages, minimalSceneDocument, parseDocument, warningMessages, type SceneDocument } from './sceneFixtures';

const TOURS_SCENE_PATH = 'tests/fixtures/valid/tours.json';

function toursDocument(): SceneDocument {
  return JSON.parse(readFileSync(TOURS_SCENE_PATH, 'utf8')) as SceneDocument;
}

describe('tours in a scene file', () => {
  it('parse with their stops in order: a viewpoint, an exhibit and a booth made by a booth grid', () => {
    const result = parseScene(readFileSync(TOURS_SCENE_PATH, 'utf8'));

    expect(result.diagnostics).toEqual([]);
    const tour = result.layout?.scene.tours?.[0];
    expect(tour?.id).toBe('highlights');
    expect(tour?.stops.map((stop) => stop.viewpoint ?? stop.exhibit ?? stop.booth)).toEqual(['entrance', 'rocket', 'booth-m-001']);
    expect(result.layout?.scene.viewpoints).toEqual([{ id: 'entrance', name: { en: 'Main entrance' }, hall: 'hall-1', positionM: [30, 1.6, 37], lookAtM: [30, 1.6, 10] }]);
    expect(tour?.stops.map((stop) => stop.dwellS)).toEqual([undefined, 10, undefined]);
  });

  it('are optional: a scene without them reads back without "tours" or "viewpoints" fields', () => {
    const result = parseDocument(minimalSceneDocument());

    expect(result.ok).toBe(true);
    expect(result.layout?.scene).not.toHaveProperty('tours');
    expect(result.layout?.scene).not.toHaveProperty('viewpoints');
  });

  it('point at the stop that names all three targets, at the second of them', () => {
    const document = toursDocument();
    document.tours[0].stops[1] = { exhibit: 'rocket', booth: 'booth-b-001', viewpoint: 'entrance', narration: { en: 'Too much.' } };
    const result = parseDocument(document);

    expect(result.diagnostics).toMatchObject([
      {
        severity: 'error',
        rule: 'tour-stop-target',
        message: 'stop 2 of tour \'highlights\' names "exhibit", "booth" and "viewpoint"; give exactly one of "exhibit", "booth" or "viewpoint"',
        path: ['tours', 0, 'stops', 1, 'booth'],
      },
    ]);
  });

  it('warn about a stop that shows stand furniture, at the exhibit id', () => {
    const document = toursDocument();
    document.exhibits[2].role = 'furniture';
    document.tours[0].stops[1].exhibit = 'satellite';
    const text = JSON.stringify(document, null, 2);
    const lines = text.split('\n');
    const line = lines.findIndex((row) => row.includes('"exhibit": "satellite"')) + 1;

    const result = parseScene(text);

    expect(result.ok).toBe(true);
    expect(line).toBeGreaterThan(0);
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        rule: 'tour-stop-furniture',
        message: 'stop 2 of tour \'highlights\' shows \'satellite\', which is stand furniture ("role": "furniture"); show the exhibit it stands beside, or its booth',
        path: ['tours', 0, 'stops', 1, 'exhibit'],
        line,
        column: (lines[line - 1]?.indexOf('"satellite"') ?? -1) + 1,
      },
    ]);
    expect(warningMessages(result)).toHaveLength(1);
  });

  it('refuse a viewpoint above the ceiling or below the floor, by how much', () => {
    const above = toursDocument();
    above.viewpoints[0].positionM = [30, 14.5, 37];
    const below = toursDocument();
    below.viewpoints[0].positionM = [30, -0.5, 37];

    expect(errorMessages(parseDocument(above))).toEqual(["viewpoint 'entrance' stands outside hall 'hall-1' (2.5 m above its ceiling)"]);
    expect(errorMessages(parseDocument(below))).toEqual(["viewpoint 'entrance' stands outside hall 'hall-1' (0.5 m below its floor)"]);
  });

  it('let two stops, in two tours, lead to one viewpoint', () => {
    const document = toursDocument();
    document.tours.push({ id: 'short', title: { en: 'Short' }, stops: [{ viewpoint: 'entrance', narration: { en: 'Again.' } }] });

    expect(parseDocument(document).diagnostics).toEqual([]);
  });

  it('name a viewpoint in schema messages by its id', () => {
    const document = toursDocument();
    document.viewpoints[0].lookAtM = [30, 1.6];

    expect(errorMessages(parseDocument(document))).toEqual([`viewpoint 'entrance': "lookAtM" needs at least 3 items`]);
  });

  it('refuse a narration with neither language, naming the tour and the stop', () => {
    const document = toursDocument();
    document.tours[0].stops[2].narration = { zh: ' ' };

    expect(errorMessages(parseDocument(document))).toEqual(['tour \'highlights\': "stops[2].narration" needs a non-empty "zh" or "en" text']);
  });
});

describe('how long a tour stays at a stop', () => {
  it('is the curator\'s dwellS when there is one', () => {
    expect(tourStopDwellS({ narration: { en: 'x'.repeat(600) }, dwellS: 3 }, 'en')).toBe(3);
  });

  it(`is at least ${MIN_DWELL_S} s for a short narration`, () => {
    expect(tourStopDwellS({ narration: { en: 'A rocket.' } }, 'en')).toBe(8);
  });

  it('follows the narration read aloud: 14 English characters or 4 Chinese characters a second, after 2 s to settle', () => {
    expect(tourStopDwellS({ narration: { en: 'a'.repeat(280) } }, 'en')).toBe(22);
    expect(tourStopDwellS({ narration: { zh: '天'.repeat(100) } }, 'zh')).toBe(27);
  });

  it('times the text the visitor gets, falling back to the other language', () => {
    const stop = { narration: { zh: '天'.repeat(100), en: 'a'.repeat(280) } };
    expect(tourStopDwellS(stop, 'zh')).toBe(27);
    expect(tourStopDwellS(stop, 'en')).toBe(22);
    expect(tourStopDwellS({ narration: { zh: '天'.repeat(100) } }, 'en')).toBe(27);
  });
});
