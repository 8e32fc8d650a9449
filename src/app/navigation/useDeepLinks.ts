/**
 * The URL's hash and the visitor, kept in step: the first visit lands where the link points (or
 * at the default hall's entrance), and back, forward or an edited address travel to the place of
 * that entry (a malformed one says so).
 */
import { useEffect } from 'react';
import type { Navigator } from './navigator';

export function useDeepLinks(navigator: Navigator): void {
  useEffect(() => {
    // No page (the view rendered in Node tests): no URL to follow.
    if (typeof window === 'undefined') return undefined;
    navigator.followLink(window.location.hash, true);
    const onPop = () => navigator.followLink(window.location.hash, false);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [navigator]);
}
