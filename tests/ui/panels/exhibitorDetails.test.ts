import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScene, type LaidOutScene } from '../../../src/scene';
import { indexBooths } from '../../../src/ui/boothDetails';
import { countryName } from '../../../src/ui/panels/countryName';
import { exhibitorDetails, indexExhibitorBooths } from '../../../src/ui/panels/exhibitorDetails';

function minimalLayout(): LaidOutScene {
  const result = parseScene(readFileSync('tests/fixtures/valid/minimal.json', 'utf8'));
  if (!result.layout) throw new Error('the minimal scene does not parse');
  return result.layout;
}

describe('exhibitorDetails', () => {
  const layout = minimalLayout();
  const details = (id: string, language: 'zh' | 'en' = 'en') => exhibitorDetails(indexBooths(layout), indexExhibitorBooths(layout), id, language);

  it('lists the exhibitor, their booths and every exhibit they show', () => {
    expect(details('orbit')).toEqual({
      id: 'orbit',
      name: 'Orbit Aerospace',
      country: 'China',
      description: '',
      sample: false,
      links: [],
      booths: [{ id: 'booth-b-001', code: 'B-001', place: expect.any(String) }],
      exhibits: [
        { id: 'rocket', title: 'Rocket', boothCode: 'B-001' },
        { id: 'satellite', title: 'Satellite', boothCode: 'B-001' },
      ],
    });
  });

  it('speaks the visitor language', () => {
    expect(details('orbit', 'zh')).toMatchObject({ name: '轨道航天', country: '中国' });
  });

  it('passes the links on with the label the scene gives (none: empty)', () => {
    expect(details('acme')?.links).toEqual([{ label: '', url: 'https://example.com/acme' }]);
  });

  it('marks sample exhibitors and knows no unknown id', () => {
    expect(details('stone')?.sample).toBe(true);
    expect(details('no-such-exhibitor')).toBeUndefined();
  });
});

describe('countryName', () => {
  it('names countries in both languages and leaves the unknown country out', () => {
    expect(countryName('ID', 'en')).toBe('Indonesia');
    expect(countryName('ID', 'zh')).toBe('印度尼西亚');
    expect(countryName('ZZ', 'en')).toBeUndefined();
  });
});
