import { describe, expect, it } from 'vitest';
import { sceneSchema, wallSegments, type Hall } from '../../../src/scene';

const hallWith = (doors: unknown[]): Hall =>
  sceneSchema.shape.halls.element.parse({ id: 'h', name: { en: 'H' }, sizeM: { width: 40, depth: 20 }, doors });

const T = 0.2;

describe('wallSegments', () => {
  it('closes a hall without doors with four walls that meet at the corners', () => {
    const boxes = wallSegments(hallWith([]), T);
    expect(boxes).toHaveLength(4);
    const north = boxes.find((box) => box.cz < 0);
    expect(north).toMatchObject({ cx: 20, sizeX: expect.closeTo(40 + 2 * T, 9), sizeZ: T });
    const east = boxes.find((box) => box.cx > 40);
    expect(east).toMatchObject({ cz: 10, sizeX: T, sizeZ: 20 });
  });

  it('leaves an opening as wide as the door', () => {
    const boxes = wallSegments(hallWith([{ id: 'main', wall: 'south', offsetM: 10, widthM: 6, leadsTo: 'outside' }]), T);
    const south = boxes.filter((box) => box.cz > 20).sort((a, b) => a.cx - b.cx);
    expect(south).toHaveLength(2);
    const [west, east] = south;
    expect((west?.cx ?? 0) + (west?.sizeX ?? 0) / 2).toBeCloseTo(7, 9);
    expect((east?.cx ?? 0) - (east?.sizeX ?? 0) / 2).toBeCloseTo(13, 9);
  });

  it('cuts several doors in one wall and merges overlapping ones', () => {
    const boxes = wallSegments(
      hallWith([
        { id: 'a', wall: 'west', offsetM: 4, widthM: 2, leadsTo: 'outside' },
        { id: 'b', wall: 'west', offsetM: 5, widthM: 2, leadsTo: 'outside' },
        { id: 'c', wall: 'west', offsetM: 15, widthM: 2, leadsTo: 'outside' },
      ]),
      T,
    );
    const west = boxes.filter((box) => box.cx < 0).sort((a, b) => a.cz - b.cz);
    expect(west.map((box) => [box.cz - box.sizeZ / 2, box.cz + box.sizeZ / 2])).toEqual([
      [0, 3],
      [6, 14],
      [16, 20],
    ]);
  });

  it('leaves no wall where a door spans the whole side', () => {
    const boxes = wallSegments(hallWith([{ id: 'gate', wall: 'east', offsetM: 10, widthM: 20, leadsTo: 'outside' }]), T);
    expect(boxes.filter((box) => box.cx > 40)).toEqual([]);
  });
});
