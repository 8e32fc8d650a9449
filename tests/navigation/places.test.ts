import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPlaceHash, parsePlaceHash, samePlace } from '../../src/navigation/places';

describe('place links', () => {
  it('reads the three kinds of link', () => {
    expect(parsePlaceHash('#/hall/hall-1')).toEqual({ kind: 'hall', id: 'hall-1' });
    expect(parsePlaceHash('#/booth/booth-a-101')).toEqual({ kind: 'booth', id: 'booth-a-101' });
    expect(parsePlaceHash('#/exhibit/hl-2m-tokamak/')).toEqual({ kind: 'exhibit', id: 'hl-2m-tokamak' });
  });

  it('reads anything else as no place, without throwing', () => {
    for (const hash of ['', '#', '#/', '#/booth/', '#/stand/a', '#/booth/a/b', '#/booth/%E0%A4%A', '#/booth/%20', 'booth/a', '#//booth/a']) {
      expect(parsePlaceHash(hash), hash).toBeUndefined();
    }
  });

  it('round-trips any id, however hostile', () => {
    fc.assert(
      fc.property(fc.constantFrom('hall' as const, 'booth' as const, 'exhibit' as const), fc.string({ minLength: 1 }).filter((id) => id.trim() !== ''), (kind, id) => {
        const hash = formatPlaceHash({ kind, id });
        expect(hash).toMatch(/^#\/(hall|booth|exhibit)\/[^/#?]+$/);
        expect(parsePlaceHash(hash)).toEqual({ kind, id });
      }),
    );
    expect(formatPlaceHash({ kind: 'booth', id: '<img src=x onerror=alert(1)>/#?' })).toBe('#/booth/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%2F%23%3F');
  });

  it('compares places', () => {
    expect(samePlace({ kind: 'booth', id: 'a' }, { kind: 'booth', id: 'a' })).toBe(true);
    expect(samePlace({ kind: 'booth', id: 'a' }, { kind: 'exhibit', id: 'a' })).toBe(false);
    expect(samePlace(undefined, { kind: 'booth', id: 'a' })).toBe(false);
  });
});
