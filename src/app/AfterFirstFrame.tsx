/**
 * The parts of the interface the first frame does not need, loaded once it is drawn (issue 12:
 * JavaScript before the first frame ≤ 250 kB gzipped, and a first frame no later than the peers').
 * Each is a `React.lazy` chunk: the search field and its client, the floor plan, the booth list,
 * the panels (with their media), the warnings panel and the tour player. `AfterFirstFrame` renders
 * them only after the first frame of the halls (`loadingStore.hallShown`), so their chunks are
 * not even requested before it; until then, and while a chunk arrives, they show nothing.
 *
 * The header, the toolbar, the place status and notices stay in the first download: they are
 * small and frame the view from the first moment.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { useLoadingStore } from '../store/useLoadingStore';

/** Renders `children` once the halls' first frame is drawn, each lazy part as its chunk arrives. */
export function AfterFirstFrame({ children }: { children: ReactNode }) {
  const hallShown = useLoadingStore((state) => state.hallShown);
  return hallShown ? <Suspense fallback={null}>{children}</Suspense> : null;
}

export const LazyExpoSearchBox = lazy(() => import('./search/ExpoSearchBox').then((module) => ({ default: module.ExpoSearchBox })));
export const LazyFloorPlan = lazy(() => import('../ui/floorPlan/FloorPlan').then((module) => ({ default: module.FloorPlan })));
export const LazyBoothList = lazy(() => import('../ui/BoothList').then((module) => ({ default: module.BoothList })));
export const LazyExhibitPanel = lazy(() => import('../ui/ExhibitPanel').then((module) => ({ default: module.ExhibitPanel })));
export const LazyBoothPanel = lazy(() => import('../ui/BoothPanel').then((module) => ({ default: module.BoothPanel })));
export const LazyExhibitorPanel = lazy(() => import('../ui/panels/ExhibitorPanel').then((module) => ({ default: module.ExhibitorPanel })));
export const LazyWarningsPanel = lazy(() => import('../ui/WarningsPanel').then((module) => ({ default: module.WarningsPanel })));
export const LazyExpoTour = lazy(() => import('./tour/ExpoTour').then((module) => ({ default: module.ExpoTour })));
