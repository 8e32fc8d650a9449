/**
 * Escape stops a walked journey under way: the visitor stays where they are and the route
 * disappears. Layers above the view take their Escape first (an open panel, the booth list, the
 * search listbox mark the event handled); this listener runs in the bubbling phase, leaves a
 * handled Escape alone, and marks its own handled. It must be registered before immersive mode's
 * listener, which then leaves this Escape alone.
 */
import { useEffect } from 'react';
import type { ExpoNavigator } from '../../navigation/expoNavigator';
import type { NavigationStore } from '../../store/navigationStore';

export function useStopKey(navigator: ExpoNavigator, navigation: NavigationStore): void {
  useEffect(() => {
    // No page (the view rendered in Node tests): no keys.
    if (typeof window === 'undefined') return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !navigation.getState().journey) return;
      event.preventDefault();
      navigator.stop();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigator, navigation]);
}
