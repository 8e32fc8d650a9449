/**
 * The URL's hash and the visitor, kept in step: the first visit lands where the link points (or
 * at the default hall's entrance), and back, forward or an edited address travel to the place of
 * that entry (a malformed one says so). A link to a tour stop opens the tour there, paused; one
 * that names no stop of the scene's tours gets the same "this link leads nowhere" notice as any
 * other malformed link.
 */
import { useEffect } from 'react';
import { looksLikeTourLink } from '../../navigation/tourLink';
import { sceneStore } from '../../store/sceneStore';
import { tourStore } from '../../store/tourStore';
import { openTourLink } from '../tour/openTourLink';
import type { Navigator } from './navigator';

export function useDeepLinks(navigator: Navigator): void {
  useEffect(() => {
    // No page (the view rendered in Node tests): no URL to follow.
    if (typeof window === 'undefined') return undefined;
    const follow = (first: boolean): void => {
      const hash = window.location.hash;
      if (looksLikeTourLink(hash) && openTourLink(hash, first, navigator, sceneStore.getState().layout?.scene.tours, tourStore)) return;
      navigator.followLink(hash, first);
    };
    follow(true);
    const onPop = () => follow(false);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [navigator]);
}
