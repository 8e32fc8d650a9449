import { describe, expect, it } from 'vitest';
import { doorSignLine, shortHallName, type Door, type Hall } from '../../src/scene';

const hall = (id: string, name: { zh?: string; en?: string }) => ({ id, name }) as unknown as Hall;
const halls = [hall('hall-1', { zh: '1号馆 · 国家科技重大成就', en: 'Hall 1 · National Achievements' }), hall('hall-2', { en: 'Hall 2' })];
const door = (leadsTo: string, label?: Door['label']): Door => ({ id: 'd', wall: 'east', offsetM: 1, widthM: 2, leadsTo, label });
const both = (subject: Door) => ({ zh: doorSignLine(halls, subject, 'zh'), en: doorSignLine(halls, subject, 'en') });

describe('door signs', () => {
  it('says what the curator wrote, else where the door leads, in each language', () => {
    expect(both(door('outside', { zh: '主入口', en: 'Main entrance' }))).toEqual({ zh: '主入口', en: 'Main entrance' });
    expect(both(door('outside'))).toEqual({ zh: '入口', en: 'Entrance' });
    expect(both(door('hall-1'))).toEqual({ zh: '通往1号馆', en: 'To Hall 1' });
    // A hall with only an English name: the Chinese sign spaces the Latin name.
    expect(both(door('hall-2'))).toEqual({ zh: '通往 Hall 2', en: 'To Hall 2' });
  });

  it('keeps a one-language label to its language, and treats a blank label as none', () => {
    expect(both(door('outside', { en: 'Visitors' }))).toEqual({ zh: '', en: 'Visitors' });
    expect(both(door('hall-1', { zh: '  ', en: '' }))).toEqual({ zh: '通往1号馆', en: 'To Hall 1' });
  });

  it('shortens a hall name to the part before " · "', () => {
    expect(shortHallName('4号馆 · 绵阳科技城与主宾国')).toBe('4号馆');
    expect(shortHallName('Hall 4')).toBe('Hall 4');
    expect(shortHallName(' · leading')).toBe('· leading');
  });
});
