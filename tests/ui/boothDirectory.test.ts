import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScene } from '../../src/scene';
import { boothDirectory, hallOfPlace } from '../../src/ui/boothDirectory';
import { minimalSceneDocument, parseDocument } from '../scene/sceneFixtures';

const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
if (!layout) throw new Error('the default scene does not lay out');

describe('the booth list', () => {
  it('lists every booth once, by hall, codes in natural order, with exhibitor and exhibits', () => {
    const halls = boothDirectory(layout, 'en');
    expect(halls.map((hall) => hall.id)).toEqual(layout.scene.halls.map((hall) => hall.id));
    expect(halls.reduce((sum, hall) => sum + hall.booths.length, 0)).toBe(layout.booths.length);
    const shown = layout.exhibits.filter((placed) => placed.exhibit.role === 'exhibit');
    expect(shown.length).toBeLessThan(layout.exhibits.length);
    expect(halls.reduce((sum, hall) => sum + hall.booths.reduce((n, booth) => n + booth.exhibits.length, 0), 0)).toBe(shown.length);
    const collator = new Intl.Collator('en', { numeric: true });
    for (const hall of halls) {
      const codes = hall.booths.map((booth) => booth.code);
      expect([...codes].sort(collator.compare)).toEqual(codes);
    }
    const named = halls.flatMap((hall) => hall.booths).find((booth) => booth.exhibitor !== undefined);
    expect(named?.exhibitor).toBeTruthy();
    expect(boothDirectory(layout, 'zh')[0]?.name).not.toBe(halls[0]?.name);
  });

  it('leaves furniture out of a booth\'s exhibits', () => {
    const document = minimalSceneDocument();
    document.exhibits[2].role = 'furniture';
    const furnished = parseDocument(document).layout;
    if (!furnished) throw new Error('the furnished scene does not lay out');
    const booth = boothDirectory(furnished, 'en')[0]?.booths.find((item) => item.code === 'B-001');
    expect(booth?.exhibits).toEqual([{ id: 'rocket', title: 'Rocket' }]);
    expect(booth?.furnitureIds).toEqual(['satellite']);
  });

  it('lists the HL-2M tokamak but not its counter, screen or partition', () => {
    const booth = boothDirectory(layout, 'en')
      .flatMap((hall) => hall.booths)
      .find((item) => item.code === 'N-001');
    expect(booth?.exhibits.map((exhibit) => exhibit.id)).toEqual(['hl-2m-tokamak']);
    expect(booth?.furnitureIds).toEqual(['hl-2m-screen', 'hl-2m-partition', 'hl-2m-counter']);
  });

  it('finds the hall of a booth or exhibit for the list to open at', () => {
    const halls = boothDirectory(layout, 'en');
    const secondHallBooth = halls[1]?.booths[0];
    expect(hallOfPlace(halls, 'booth', secondHallBooth?.id ?? '')).toBe(1);
    expect(hallOfPlace(halls, 'exhibit', secondHallBooth?.exhibits[0]?.id ?? '')).toBe(secondHallBooth?.exhibits.length ? 1 : 0);
    expect(hallOfPlace(halls, 'hall', halls[3]?.id ?? '')).toBe(3);
    expect(hallOfPlace(halls, 'booth', 'nope')).toBe(0);
  });

  it('opens at the hall of a piece of furniture the visitor stands at', () => {
    // Past the first hall, so that "not found" (0) cannot pass for "found".
    const counter = layout.exhibits.find((placed) => placed.exhibit.role === 'furniture' && placed.hallIndex > 0);
    expect(counter?.hallIndex).toBeGreaterThan(0);
    expect(hallOfPlace(boothDirectory(layout, 'en'), 'exhibit', counter?.exhibit.id ?? '')).toBe(counter?.hallIndex);
  });
});
