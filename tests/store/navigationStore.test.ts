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

  it('posts every request, even two equal ones in a row, to its subscribers at once', () => {
    const store = createNavigationStore({ prefersReducedMotion: false, touch: true });
    const seen: string[] = [];
    store.subscribe((state, previous) => {
      if (state.request !== previous.request && state.request) seen.push(`${state.request.serial}:${JSON.stringify(state.request.command)}`);
    });
    store.getState().go({ kind: 'booth', id: 'a' });
    store.getState().go({ kind: 'booth', id: 'a' }, 'replace');
    store.getState().setMode('overview');
    store.getState().setImmersive(true);
    expect(seen).toEqual([
      '1:{"kind":"go","place":{"kind":"booth","id":"a"},"history":"push"}',
      '2:{"kind":"go","place":{"kind":"booth","id":"a"},"history":"replace"}',
      '3:{"kind":"mode","mode":"overview"}',
      '4:{"kind":"immersive","on":true}',
    ]);
    // Requests do not change the state the view reports.
    expect(store.getState().mode).toBe('walk');
    expect(store.getState().touch).toBe(true);
  });

  it('changes the reported place only when it is another place', () => {
    const store = createNavigationStore({ prefersReducedMotion: false, touch: false });
    let changes = 0;
    store.subscribe(() => {
      changes += 1;
    });
    store.getState().reportPlace({ kind: 'hall', id: 'h' });
    store.getState().reportPlace({ kind: 'hall', id: 'h' });
    store.getState().reportMode('walk');
    expect(changes).toBe(1);
  });
});
