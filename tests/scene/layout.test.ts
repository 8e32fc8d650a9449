import { describe, expect, it } from 'vitest';
import { autoExhibitOffsets, boothIdForCode, expandBoothGrid, gridBoothCode, sceneSchema, type BoothGrid } from '../../src/scene';
import { minimalSceneDocument, parseDocument } from './sceneFixtures';

const grid = (overrides: Partial<Record<keyof BoothGrid, unknown>> = {}): BoothGrid =>
  sceneSchema.shape.boothGrids.unwrap().element.parse({
    id: 'row',
    zone: 'zone-ai',
    codePrefix: 'A-',
    startM: [10, 20],
    columns: 3,
    sizeM: [3, 2],
    ...overrides,
  });

describe('booth grids', () => {
  it('numbers booths with the prefix and zero-padded numbers and derives their ids', () => {
    const booths = expandBoothGrid(grid({ firstNumber: 17 }), 0);
    expect(booths.map((booth) => booth.code)).toEqual(['A-017', 'A-018', 'A-019']);
    expect(booths.map((booth) => booth.id)).toEqual(['booth-a-017', 'booth-a-018', 'booth-a-019']);
  });

  it('steps along the row by booth width plus gap, and across by depth plus aisle', () => {
    const booths = expandBoothGrid(grid({ rows: 2, gapM: 0.5, aisleM: 4 }), 0);
    expect(booths.map((booth) => [booth.rect.cx, booth.rect.cz])).toEqual([
      [10, 20],
      [13.5, 20],
      [17, 20],
      [10, 26],
      [13.5, 26],
      [17, 26],
    ]);
  });

  it('runs rows in any compass direction', () => {
    const booths = expandBoothGrid(grid({ along: 'north', across: 'west', rows: 2 }), 0);
    expect(booths.map((booth) => [booth.rect.cx, booth.rect.cz])).toEqual([
      [10, 20],
      [10, 17],
      [10, 14],
      [8, 20],
      [8, 17],
      [8, 14],
    ]);
  });

  it('turns booths to face each listed direction row by row', () => {
    const booths = expandBoothGrid(grid({ rows: 3, facing: ['north', 'south'] }), 0);
    const yawsDeg = booths.map((booth) => Math.round((booth.rect.yawRad * 180) / Math.PI));
    expect(yawsDeg).toEqual([180, 180, 180, 0, 0, 0, 180, 180, 180]);
  });

  it('keeps the booth front along the row when booths face across it, and across when they face along it', () => {
    const across = expandBoothGrid(grid({ facing: 'south' }), 0)[0];
    const along = expandBoothGrid(grid({ facing: 'east' }), 0)[0];
    expect([across?.rect.halfWidth, across?.rect.halfDepth]).toEqual([1.5, 1]);
    expect([along?.rect.halfWidth, along?.rect.halfDepth]).toEqual([1, 1.5]);
  });

  it('hands out exhibitors in order and leaves the rest vacant', () => {
    const booths = expandBoothGrid(grid({ exhibitors: ['acme', null] }), 0);
    expect(booths.map((booth) => booth.exhibitorId)).toEqual(['acme', undefined, undefined]);
  });

  it('derives codes and ids the same way for any prefix', () => {
    expect(gridBoothCode(grid({ codePrefix: 'ID', digits: 2, firstNumber: 5 }), 3)).toBe('ID08');
    expect(boothIdForCode('Hall2-B-')).toBe('booth-hall2-b');
  });
});

describe('exhibit placement', () => {
  it('spreads automatic exhibits inside the booth, away from its edges', () => {
    const offsets = autoExhibitOffsets(7, 6, 4);
    expect(offsets).toHaveLength(7);
    for (const [x, z] of offsets) {
      expect(Math.abs(x)).toBeLessThan(3 - 0.5);
      expect(Math.abs(z)).toBeLessThan(2 - 0.5);
    }
    expect(new Set(offsets.map(([x, z]) => `${x},${z}`)).size).toBe(7);
  });

  it('places an exhibit by its offset in the turned booth frame', () => {
    const document = minimalSceneDocument();
    // booth-b-001 stands at [45, 10] turned 90°: its local +z (front) points east.
    document.exhibits[1].offsetM = [0, 2];
    const result = parseDocument(document);
    const rocket = result.layout?.exhibits.find((placed) => placed.exhibit.id === 'rocket');
    expect(rocket?.xM).toBeCloseTo(47, 9);
    expect(rocket?.zM).toBeCloseTo(10, 9);
    expect(rocket?.hallIndex).toBe(0);
  });

  it('places grid booths in the hall of their zone', () => {
    const result = parseDocument(minimalSceneDocument());
    const gridBooth = result.layout?.booths.find((booth) => booth.code === 'M-001');
    expect(gridBooth?.hallIndex).toBe(1);
  });
});
