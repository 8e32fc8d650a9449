/**
 * The navigator's clock (`navigator.tick`): a timer, not the frame loop, finishes journeys (the
 * panel and the link on arrival), drops those the visitor took over, and writes where the visitor
 * has walked to into the address and the store. So nothing in the frame loop touches the URL or
 * the stores, and an arrival is noticed even when no frame follows it.
 */
import { useEffect } from 'react';
import type { Navigator } from './navigator';

/** How often the navigator looks for arrival and where the visitor stands, ms. */
const TICK_INTERVAL_MS = 150;

export function useNavigatorClock(navigator: Navigator): void {
  useEffect(() => {
    // No page (the view rendered in Node tests): no timers.
    if (typeof window === 'undefined') return undefined;
    const timer = window.setInterval(navigator.tick, TICK_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [navigator]);
}
