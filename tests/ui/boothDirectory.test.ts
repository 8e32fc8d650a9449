import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScene } from '../../src/scene';
import { boothDirectory, hallOfPlace } from '../../src/ui/boothDirectory';

const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
if (!layout) throw new Error('the default scene does not lay out');

describe('the booth list', () => {
  it('lists every booth once, by hall, codes in natural order, with exhibitor and exhibits', () => {
    const halls = boothDirectory(layout, 'en');
    expect(halls.map((hall) => hall.id)).toEqual(layout.scene.halls.map((hall) => hall.id));
    expect(halls.reduce((sum, hall) => sum + hall.booths.length, 0)).toBe(layout.booths.length);
    expect(halls.reduce((sum, hall) => sum + hall.booths.reduce((n, booth) => n + booth.exhibits.length, 0), 0)).toBe(layout.exhibits.length);
    const collator = new Intl.Collator('en', { numeric: true });
    for (const hall of halls) {
      const codes = hall.booths.map((booth) => booth.code);
      expect([...codes].sort(collator.compare)).toEqual(codes);
    }
    const named = halls.flatMap((hall) => hall.booths).find((booth) => booth.exhibitor !== undefined);
    expect(named?.exhibitor).toBeTruthy();
    expect(boothDirectory(layout, 'zh')[0]?.name).not.toBe(halls[0]?.name);
  });

  it('finds the hall of a booth or exhibit for the list to open at', () => {
    const halls = boothDirectory(layout, 'en');
    const secondHallBooth = halls[1]?.booths[0];
    expect(hallOfPlace(halls, 'booth', secondHallBooth?.id ?? '')).toBe(1);
    expect(hallOfPlace(halls, 'exhibit', secondHallBooth?.exhibits[0]?.id ?? '')).toBe(secondHallBooth?.exhibits.length ? 1 : 0);
    expect(hallOfPlace(halls, 'hall', halls[3]?.id ?? '')).toBe(3);
    expect(hallOfPlace(halls, 'booth', 'nope')).toBe(0);
  });
});
