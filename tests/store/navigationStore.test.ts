import { describe, expect, it } from 'vitest';
import { createNavigationStore } from '../../src/store/navigationStore';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), values };
}

describe('navigation store', () => {
  it('follows the system reduced-motion setting until the visitor chooses, and remembers the choice', () => {
    expect(createNavigationStore({ prefersReducedMotion: true, touch: false }).getState().reducedMotion).toBe(true);
    const storage = memoryStorage();
    const store = createNavigationStore({ prefersReducedMotion: true, touch: false }, storage);
    store.getState().setReducedMotion(false);
    expect(store.getState().reducedMotion).toBe(false);
    expect(createNavigationStore({ prefersReducedMotion: true, touch: false }, storage).getState().reducedMotion).toBe(false);
  });

  it('changes the reported place only when it is another place, and the journey only when it is another journey', () => {
    const store = createNavigationStore({ prefersReducedMotion: false, touch: false });
    let changes = 0;
    store.subscribe(() => {
      changes += 1;
    });
    store.getState().reportPlace({ kind: 'hall', id: 'h' });
    store.getState().reportPlace({ kind: 'hall', id: 'h' });
    store.getState().reportMode('walk');
    expect(changes).toBe(1);
    const journey = { target: undefined, route: [0, 0, 1, 1] };
    store.getState().setJourney(journey);
    store.getState().setJourney(journey);
    expect(changes).toBe(2);
    store.getState().setJourney(undefined);
    expect(store.getState().journey).toBeUndefined();
    expect(changes).toBe(3);
  });
});
