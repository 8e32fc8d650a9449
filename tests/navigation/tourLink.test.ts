/** Links to tour stops: `#/tour/<id>/<n>`, counted from 1 as the player shows them, and what is not one. */
import { describe, expect, it } from 'vitest';
import { formatTourHash, looksLikeTourLink, parseTourHash } from '../../src/navigation/tourLink';

describe('tour stop links', () => {
  it('writes the stop counted from 1, as the player shows it', () => {
    expect(formatTourHash('headline-exhibits', 0)).toBe('#/tour/headline-exhibits/1');
    expect(formatTourHash('headline-exhibits', 2)).toBe('#/tour/headline-exhibits/3');
  });

  it('reads a link back to the tour and the 0-based stop', () => {
    expect(parseTourHash('#/tour/headline-exhibits/3')).toEqual({ tourId: 'headline-exhibits', stopIndex: 2 });
    expect(parseTourHash('#/tour/energy/1/')).toEqual({ tourId: 'energy', stopIndex: 0 });
    // Without a stop: the first.
    expect(parseTourHash('#/tour/energy')).toEqual({ tourId: 'energy', stopIndex: 0 });
  });

  it('round-trips ids with characters a URL must encode', () => {
    const id = '能源 tour/2?#';
    const hash = formatTourHash(id, 4);
    expect(hash).toBe('#/tour/%E8%83%BD%E6%BA%90%20tour%2F2%3F%23/5');
    expect(parseTourHash(hash)).toEqual({ tourId: id, stopIndex: 4 });
  });

  it('reads no stop from a malformed tour link', () => {
    for (const hash of ['#/tour/', '#/tour', '#/tour/energy/0', '#/tour/energy/-1', '#/tour/energy/2b', '#/tour/energy/1.5', '#/tour/energy/3/4', '#/tour/%E0%A4%A/1', '#/tour/%20/1', '#/tour/energy/99999999999999999999']) {
      expect(parseTourHash(hash), hash).toBeUndefined();
    }
  });

  it('tells a tour link, well formed or not, from any other address', () => {
    expect(looksLikeTourLink('#/tour/energy/2')).toBe(true);
    expect(looksLikeTourLink('#/tour/')).toBe(true);
    expect(looksLikeTourLink('#/tour')).toBe(true);
    expect(looksLikeTourLink('#/tours/energy')).toBe(false);
    expect(looksLikeTourLink('#/booth/booth-a-101')).toBe(false);
    expect(looksLikeTourLink('')).toBe(false);
  });
});
