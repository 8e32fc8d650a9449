/**
 * The URL's hash and the visitor, kept in step: the first visit lands where the link points (or
 * at the default hall's entrance), back and forward travel to the place of that history entry,
 * and a timer finishes journeys and writes where the visitor has walked to (replacing the entry:
 * walking is not a new page of history). The timer, not the frame loop, does this, so nothing in
 * the frame loop touches the URL or the stores.
 */
import { useEffect } from 'react';
import type { Navigator } from './navigator';

/** How often the navigator looks for arrival and where the visitor stands, ms. */
const TICK_INTERVAL_MS = 150;

export function useDeepLinks(navigator: Navigator): void {
  useEffect(() => {
    // No page (the view rendered in Node tests): no URL to follow.
    if (typeof window === 'undefined') return undefined;
    navigator.followLink(window.location.hash, true);
    const onPop = () => navigator.followLink(window.location.hash, false);
    window.addEventListener('popstate', onPop);
    const timer = window.setInterval(navigator.tick, TICK_INTERVAL_MS);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.clearInterval(timer);
    };
  }, [navigator]);
}

/**
 * The page's history, changing only the hash (the query, such as `?scene=`, is kept). Safari throws
 * after about 100 history changes in 30 s (a held arrow key in the booth list): the address then
 * lags behind, and the visit goes on.
 */
export const pageHashHistory = {
  push(hash: string) {
    if (window.location.hash === hash) return;
    try {
      window.history.pushState(null, '', hash);
    } catch {
      // Rate-limited: this journey gets no entry of its own.
    }
  },
  replace(hash: string) {
    if (window.location.hash === hash) return;
    try {
      window.history.replaceState(null, '', hash);
    } catch {
      // Rate-limited: a later update will catch up.
    }
  },
};
