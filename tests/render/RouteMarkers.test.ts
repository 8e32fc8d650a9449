/** The route on the floor as a scene-graph object: added when a walked journey starts, removed and disposed when it ends or the view goes. */
import { act } from '@react-three/fiber';
import { createElement } from 'react';
import type { InstancedMesh, Material } from 'three';
import { afterEach, describe, expect, it } from 'vitest';
import { RouteMarkers } from '../../src/app/RouteMarkers';
import { navigationStore } from '../../src/store/navigationStore';
import { mountScene } from './r3fHarness';

const routeMesh = (scene: { getObjectByName: (name: string) => unknown }) => scene.getObjectByName('route-markers') as InstancedMesh | undefined;

describe('RouteMarkers', () => {
  afterEach(() => navigationStore.getState().setJourney(undefined));

  it('shows the journey’s route while there is one, and disposes each one it removes', async () => {
    const mounted = await mountScene(createElement(RouteMarkers));
    expect(routeMesh(mounted.scene)).toBeUndefined();

    await act(async () => navigationStore.getState().setJourney({ target: undefined, route: [0, 0, 0, -20] }));
    const first = routeMesh(mounted.scene);
    expect(first?.count).toBeGreaterThan(10);
    let disposed = 0;
    first?.geometry.addEventListener('dispose', () => (disposed += 1));

    // A new journey replaces the route; the end of a journey removes it.
    await act(async () => navigationStore.getState().setJourney({ target: undefined, route: [0, 0, 30, 0] }));
    expect(routeMesh(mounted.scene)).not.toBe(first);
    expect(disposed).toBe(1);
    await act(async () => navigationStore.getState().setJourney(undefined));
    expect(routeMesh(mounted.scene)).toBeUndefined();

    await act(async () => navigationStore.getState().setJourney({ target: undefined, route: [0, 0, 0, -20] }));
    const last = routeMesh(mounted.scene);
    let lastDisposed = false;
    (last?.material as Material | undefined)?.addEventListener('dispose', () => (lastDisposed = true));
    await mounted.rerender(null);
    expect(routeMesh(mounted.scene)).toBeUndefined();
    expect(lastDisposed).toBe(true);
    await mounted.unmount();
  });
});
