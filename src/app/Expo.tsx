import { useMemo } from 'react';
import { countScene, type LaidOutScene } from '../scene';
import { useModelStore } from '../store/useModelStore';
import { useSceneStore } from '../store/useSceneStore';
import { ContextLostNotice } from '../ui/ContextLostNotice';
import { Header } from '../ui/Header';
import { Joystick } from '../ui/Joystick';
import { NavigationBar } from '../ui/NavigationBar';
import { NavigatorContext } from '../ui/NavigatorContext';
import { PlaceNotice } from '../ui/PlaceNotice';
import { PlaceStatus } from '../ui/PlaceStatus';
import { RenderingIndicator } from '../ui/RenderingIndicator';
import { ModelArrivals } from '../ui/loading/ModelArrivals';
import { uiStrings } from '../ui/strings';
import { useLanguage } from '../store/useLanguage';
import { useNavigation } from '../store/useNavigation';
import { ExpoCanvas } from './ExpoCanvas';
import { createExpoNavigator } from './navigation/createExpoNavigator';
import {
  AfterFirstFrame,
  LazyBoothList,
  LazyBoothPanel,
  LazyExhibitorPanel,
  LazyExhibitPanel,
  LazyExpoSearchBox,
  LazyExpoTour,
  LazyFloorPlan,
  LazyWarningsPanel,
} from './AfterFirstFrame';
import { pageHashHistory } from './navigation/pageHashHistory';
import { flushSync } from 'react-dom';
import { useStore } from 'zustand';
import { startScreenStore } from '../store/startScreenStore';
import { tourStore } from '../store/tourStore';
import { StartScreen } from '../ui/start/StartScreen';

/**
 * The expo: header with search, the 3D view, and the interface over it (floor plan, panels, booth
 * list, toolbar, joystick, warnings). One navigator per layout moves the visitor for all of them.
 */
export function Expo({ layout }: { layout: LaidOutScene }) {
  const file = useSceneStore((state) => state.file);
  const diagnostics = useSceneStore((state) => state.diagnostics);
  const warningTotal = useSceneStore((state) => state.diagnosticTotals.warnings);
  const modelWarnings = useModelStore((state) => state.warnings);
  const counts = useMemo(() => countScene(layout), [layout]);
  const navigator = useMemo(() => createExpoNavigator(layout, pageHashHistory), [layout]);
  const [language] = useLanguage();
  const immersive = useNavigation((state) => state.immersive);
  const listOpen = useNavigation((state) => state.listOpen);
  const touch = useNavigation((state) => state.touch);
  const walking = useNavigation((state) => state.mode === 'walk');
  const starting = useStore(startScreenStore, (state) => state.open);
  return (
    <NavigatorContext.Provider value={navigator}>
      {/* While the start screen is open the expo behind it loads and renders, but takes no input. */}
      <div className={['app', immersive ? 'immersive' : '', touch ? 'touch' : ''].join(' ').trim()} inert={starting}>
        {immersive ? null : <Header expo={layout.scene.expo} counts={counts} search={<AfterFirstFrame><LazyExpoSearchBox layout={layout} /></AfterFirstFrame>} />}
        <main className="stage">
          <ExpoCanvas layout={layout} navigator={navigator} />
          <RenderingIndicator />
          <ModelArrivals />
          <ContextLostNotice />
          {immersive ? <div className="crosshair" aria-hidden="true" /> : null}
          <PlaceNotice layout={layout} />
          {immersive ? null : <AfterFirstFrame><LazyFloorPlan layout={layout} /></AfterFirstFrame>}
          {listOpen && !immersive ? <AfterFirstFrame><LazyBoothList layout={layout} /></AfterFirstFrame> : null}
          <AfterFirstFrame>
            <LazyExhibitPanel layout={layout} />
            <LazyBoothPanel layout={layout} />
            <LazyExhibitorPanel layout={layout} />
          </AfterFirstFrame>
          {touch && walking ? <Joystick input={navigator} label={uiStrings(language).joystick} /> : null}
          <NavigationBar />
          {immersive ? null : <PlaceStatus layout={layout} />}
          <AfterFirstFrame>
            <LazyExpoTour layout={layout} navigator={navigator} />
          </AfterFirstFrame>
          {immersive ? null : (
            <AfterFirstFrame>
              <LazyWarningsPanel file={file} warnings={diagnostics} warningTotal={warningTotal} modelWarnings={modelWarnings} exhibits={layout.scene.exhibits} />
            </AfterFirstFrame>
          )}
        </main>
      </div>
      {starting ? (
        <StartScreen
          layout={layout}
          counts={counts}
          touch={touch}
          onEnter={() => {
            enterNow();
            navigator.focusView();
          }}
          onTour={(tourId) => {
            enterNow();
            tourStore.getState().startTour(tourId);
          }}
        />
      ) : null}
    </NavigatorContext.Provider>
  );
}

/** Leaves the start screen, rendered at once, so the expo is no longer inert when it takes the focus or the lead. */
function enterNow(): void {
  flushSync(() => startScreenStore.getState().enter());
}
