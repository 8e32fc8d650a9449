/**
 * The guided tour in the expo: creates the tour guide for the layout's navigator (the page's
 * timers, speech synthesis when the browser has it, the address) and shows the "Guided tour" menu,
 * or the player while a tour is open. The guide lives as long as the navigator; the tour's state
 * lives in `tourStore`, so the start screen and links can open a tour before this mounts.
 */
import { useEffect } from 'react';
import type { LaidOutScene } from '../../scene';
import { languageStore } from '../../store/languageStore';
import { navigationStore } from '../../store/navigationStore';
import { tourStore } from '../../store/tourStore';
import { useNavigation } from '../../store/useNavigation';
import { useTour } from '../../store/useTour';
import { TourMenu } from '../../ui/tour/TourMenu';
import { TourPlayer } from '../../ui/tour/TourPlayer';
import { PUBLISH_DEBUG_HANDLES } from '../debugHandles';
import type { Navigator } from '../navigation/navigator';
import { pageHashHistory } from '../navigation/pageHashHistory';
import { createTourGuide } from './tourGuide';
import { createTourSpeech } from './tourSpeech';

export interface ExpoTourProps {
  layout: LaidOutScene;
  navigator: Navigator;
}

/** The tour's clock: real time, unless a browser test speeds it up (`window.__expoTourClock`). */
export interface TourClockHandle {
  /** How many times faster than real time the stops' dwells run (1: real time). */
  speed: number;
}

declare global {
  interface Window {
    __expoTourClock?: TourClockHandle;
  }
}

const tourClock: TourClockHandle = { speed: 1 };
// Published with the other test handles only (`?debug`): an ordinary visitor's tour keeps real time.
if (PUBLISH_DEBUG_HANDLES && typeof window !== 'undefined') window.__expoTourClock = tourClock;

const pageTimers = {
  setTimeout: (callback: () => void, ms: number): unknown => window.setTimeout(callback, ms / Math.max(tourClock.speed, 1e-3)),
  clearTimeout: (handle: unknown): void => window.clearTimeout(handle as number),
};

export function ExpoTour({ layout, navigator }: ExpoTourProps) {
  useEffect(() => {
    // No page (the view rendered in Node tests): no timers, no speech, no address.
    if (typeof window === 'undefined') return undefined;
    const guide = createTourGuide({
      navigator,
      tours: layout.scene.tours,
      store: tourStore,
      language: languageStore,
      navigation: navigationStore,
      history: pageHashHistory,
      timers: pageTimers,
      speech: createTourSpeech(window),
    });
    return guide.dispose;
  }, [layout, navigator]);
  const open = useTour((state) => state.tourId !== undefined);
  // The immersive view hides the interface; the guide goes on (input there pauses the tour).
  const immersive = useNavigation((state) => state.immersive);
  if (immersive || !layout.scene.tours || layout.scene.tours.length === 0) return null;
  return <div className="tour-dock">{open ? <TourPlayer layout={layout} /> : <TourMenu tours={layout.scene.tours} />}</div>;
}
