import { useEffect, type RefObject } from 'react';
import { keyBelongsElsewhere } from './keyTargets';

/**
 * While the panel is mounted, Escape calls `close` and nothing else: a panel is the top layer
 * over the view, so its Escape must not also stop a journey or leave immersive mode. It listens in the capture
 * phase, before the view's listeners, and marks the event handled; but an Escape meant for
 * another layer that has the keyboard (a text field such as the search, or a list that handles
 * its own keys, `data-own-keys`, such as the booth list) is left to that layer.
 */
export function useEscapeToClose(close: () => void, panel: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const inPanel = event.target instanceof Node && panel.current?.contains(event.target) === true;
      if (!inPanel && keyBelongsElsewhere(event.target)) return;
      event.preventDefault();
      close();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [close, panel]);
}
