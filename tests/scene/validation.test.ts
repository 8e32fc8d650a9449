import { describe, expect, it } from 'vitest';
import { SceneValidationError, parseScene, parseSceneOrThrow } from '../../src/scene';
import { errorMessages, minimalSceneDocument, minimalSceneText, parseDocument, warningMessages } from './sceneFixtures';

describe('a valid scene', () => {
  it('parses with no diagnostics and fills in defaults', () => {
    const result = parseScene(minimalSceneText());
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    const scene = result.layout?.scene;
    expect(scene?.halls[0]?.sizeM.height).toBe(12);
    expect(scene?.halls[0]?.doors[1]?.widthM).toBe(4);
    expect(scene?.booths[0]?.template).toBe('inline');
    expect(scene?.exhibits[0]?.scale).toBe(1);
  });

  it('counts grid booths after expansion', () => {
    expect(parseScene(minimalSceneText()).layout?.booths).toHaveLength(10);
  });
});

describe('an exhibit\'s role', () => {
  it('is "exhibit" unless the file says "furniture"', () => {
    const document = minimalSceneDocument();
    document.exhibits[1].role = 'furniture';
    const result = parseDocument(document);
    expect(result.diagnostics).toEqual([]);
    expect(result.layout?.scene.exhibits.map((exhibit) => exhibit.role)).toEqual(['exhibit', 'furniture', 'exhibit', 'exhibit']);
  });

  it('refuses any other value, naming the exhibit and pointing at the value', () => {
    const document = minimalSceneDocument();
    document.exhibits[1].role = 'decor';
    const text = JSON.stringify(document, null, 2);
    const lines = text.split('\n');
    const line = lines.findIndex((row) => row.includes('"role": "decor"')) + 1;
    const result = parseScene(text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toMatchObject([
      {
        severity: 'error',
        message: 'exhibit \'rocket\': "role" must be one of "exhibit", "furniture", found "decor"',
        line,
        column: (lines[line - 1]?.indexOf('"decor"') ?? -1) + 1,
      },
    ]);
    expect(line).toBeGreaterThan(0);
  });
});

describe('cross-checks', () => {
  it('names the booth and the unknown exhibitor', () => {
    const document = minimalSceneDocument();
    document.booths[0].exhibitor = 'huawei-x';
    expect(errorMessages(parseDocument(document))).toContain("booth A-001 references unknown exhibitor 'huawei-x'");
  });

  it('says by how much two booths overlap', () => {
    const document = minimalSceneDocument();
    document.booths.push({ id: 'booth-a-002', code: 'A-002', zone: 'zone-ai', positionM: [11.6, 6], sizeM: [6, 4] });
    expect(errorMessages(parseDocument(document))).toEqual(['booth A-001 overlaps booth A-002 by 0.4 m']);
  });

  it('reports an overlap inside a grid at the grid, naming both booth codes', () => {
    const document = minimalSceneDocument();
    document.boothGrids[0].gapM = -0.5;
    expect(errorMessages(parseDocument(document))[0]).toBe('booth grid \'row-m\': "gapM" must be at least 0');
    document.boothGrids[0].gapM = 0;
    document.boothGrids[0].sizeM = [3, 3];
    document.boothGrids[0].aisleM = 0;
    document.boothGrids[0].startM = [6, 10];
    document.booths.push({ id: 'booth-x-1', code: 'X-1', zone: 'zone-materials', positionM: [7, 11], sizeM: [1, 1] });
    const result = parseDocument(document);
    expect(errorMessages(result)).toEqual(['booth X-1 overlaps booth M-001 by 1 m']);
    expect(result.diagnostics[0]?.path).toEqual(['boothGrids', 0, 'startM']);
  });

  it('reports an exhibit placed outside its hall', () => {
    const document = minimalSceneDocument();
    document.exhibits[0].id = 'fast-model';
    document.exhibits[0].offsetM = [0, 50];
    expect(errorMessages(parseDocument(document))).toEqual(["exhibit 'fast-model' lies outside hall 'hall-1' (16 m beyond its south wall)"]);
  });

  it('keeps warnings apart from errors and still accepts the scene', () => {
    const document = minimalSceneDocument();
    document.exhibitors.push({ id: 'idle', name: { en: 'Idle' }, country: 'CN' });
    const result = parseDocument(document);
    expect(result.ok).toBe(true);
    expect(errorMessages(result)).toEqual([]);
    expect(warningMessages(result)).toEqual(["exhibitor 'idle' has no booth"]);
  });

  it('warns about a door with no way back', () => {
    const document = minimalSceneDocument();
    document.halls[1].doors = [];
    expect(warningMessages(parseDocument(document))).toEqual([
      "door 'to-hall-2' of hall 'hall-1' leads to hall 'hall-2', which has no door back to 'hall-1'",
    ]);
  });

  it('sorts errors before warnings and each by position', () => {
    const document = minimalSceneDocument();
    document.exhibitors.push({ id: 'idle', name: { en: 'Idle' }, country: 'CN' });
    document.exhibits[3].model = 'model-nope';
    document.booths[0].exhibitor = 'nobody';
    const result = parseDocument(document);
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['error', 'error', 'warning', 'warning']);
    expect(result.diagnostics[0]?.line).toBeLessThan(result.diagnostics[1]?.line ?? 0);
  });
});

describe('parseSceneOrThrow', () => {
  it('throws a SceneValidationError that names the file and the first error position', () => {
    const text = minimalSceneText().replace('"zone": "zone-ai", "exhibitor": "acme"', '"zone": "zone-nope", "exhibitor": "acme"');
    expect(() => parseSceneOrThrow(text, 'scenes/x.json')).toThrow(SceneValidationError);
    expect(() => parseSceneOrThrow(text, 'scenes/x.json')).toThrow(/^scenes\/x\.json:37:\d+: booth A-001 references unknown zone 'zone-nope'$/);
  });
});
