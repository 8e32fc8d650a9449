import { useEffect } from 'react';

/**
 * While `open`, Escape calls `close` and nothing else: a panel is the top layer over the view, so
 * its Escape must not also stop a journey, close the booth list or leave immersive mode. It listens
 * in the capture phase, before the layers under it, and marks the event handled.
 */
export function useEscapeToClose(open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open, close]);
}
