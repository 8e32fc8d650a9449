import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScene } from '../../src/scene';
import { createPlaceLabeller } from '../../src/ui/placeLabel';
import { uiStrings } from '../../src/ui/strings';

const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
if (!layout) throw new Error('the default scene does not lay out');

describe('place words', () => {
  it('names halls, booths with exhibitor and hall, and exhibits with their booth, in either language', () => {
    const en = createPlaceLabeller(layout, 'en', uiStrings('en').booth);
    const booth = layout.booths.find((candidate) => candidate.exhibitorId !== undefined && candidate.hallIndex === 0);
    if (!booth) throw new Error('no occupied booth');
    const hallName = layout.scene.halls[0]?.name.en ?? '';
    expect(en({ kind: 'hall', id: 'hall-1' })).toBe(hallName);
    expect(en({ kind: 'booth', id: booth.id })).toMatch(new RegExp(`^Booth ${booth.code} · .+ — ${hallName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const exhibit = layout.exhibits.find((placed) => placed.exhibit.booth === booth.id);
    if (exhibit) expect(en({ kind: 'exhibit', id: exhibit.exhibit.id })).toBe(`${exhibit.exhibit.title.en} — ${en({ kind: 'booth', id: booth.id })?.split(' — ')[0]}`);
    const zh = createPlaceLabeller(layout, 'zh', uiStrings('zh').booth);
    expect(zh({ kind: 'booth', id: booth.id })).toContain(`展位 ${booth.code}`);
    expect(en({ kind: 'booth', id: 'nope' })).toBeUndefined();
    expect(en({ kind: 'exhibit', id: 'nope' })).toBeUndefined();
  });
});
