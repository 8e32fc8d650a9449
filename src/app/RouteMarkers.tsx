import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { createRouteMarkers } from '../render/createRouteMarkers';
import { navigationStore } from '../store/navigationStore';

/**
 * The journey's route on the hall floor: built when a walked journey starts, removed and disposed
 * when it ends, is stopped or is replaced. Follows the navigation store by subscription (an event,
 * never the frame loop) and asks for one frame each time.
 */
export function RouteMarkers() {
  const scene = useThree((state) => state.scene);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    let shown: ReturnType<typeof createRouteMarkers> | undefined;
    const show = (route: readonly number[] | undefined): void => {
      if (shown) {
        scene.remove(shown.mesh);
        shown.dispose();
        shown = undefined;
      }
      if (route && route.length >= 4) {
        shown = createRouteMarkers(route);
        scene.add(shown.mesh);
      }
      invalidate();
    };
    show(navigationStore.getState().journey?.route);
    const unsubscribe = navigationStore.subscribe((state, previous) => {
      if (state.journey !== previous.journey) show(state.journey?.route);
    });
    return () => {
      unsubscribe();
      show(undefined);
    };
  }, [scene, invalidate]);
  return null;
}
