import { useEffect, useMemo } from 'react';
import { countScene, type LaidOutScene } from '../scene';
import { useModelStore } from '../store/useModelStore';
import { useSceneStore } from '../store/useSceneStore';
import { BoothList } from '../ui/BoothList';
import { BoothPanel } from '../ui/BoothPanel';
import { ContextLostNotice } from '../ui/ContextLostNotice';
import { ExhibitPanel } from '../ui/ExhibitPanel';
import { FloorPlan } from '../ui/floorPlan/FloorPlan';
import { Header } from '../ui/Header';
import { Joystick } from '../ui/Joystick';
import { NavigationBar } from '../ui/NavigationBar';
import { NavigatorContext } from '../ui/NavigatorContext';
import { PlaceNotice } from '../ui/PlaceNotice';
import { PlaceStatus } from '../ui/PlaceStatus';
import { RenderingIndicator } from '../ui/RenderingIndicator';
import { SearchBox } from '../ui/search/SearchBox';
import { uiStrings } from '../ui/strings';
import { WarningsPanel } from '../ui/WarningsPanel';
import { useLanguage } from '../store/useLanguage';
import { useNavigation } from '../store/useNavigation';
import { ExpoCanvas } from './ExpoCanvas';
import { createExpoNavigator } from './navigation/createExpoNavigator';
import { createExpoSearch } from './createExpoSearch';
import { pageHashHistory } from './navigation/pageHashHistory';

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
  const search = useMemo(() => createExpoSearch(layout), [layout]);
  useEffect(() => () => search.dispose(), [search]);
  const [language] = useLanguage();
  const immersive = useNavigation((state) => state.immersive);
  const listOpen = useNavigation((state) => state.listOpen);
  const touch = useNavigation((state) => state.touch);
  const walking = useNavigation((state) => state.mode === 'walk');
  return (
    <NavigatorContext.Provider value={navigator}>
      <div className={['app', immersive ? 'immersive' : '', touch ? 'touch' : ''].join(' ').trim()}>
        {immersive ? null : <Header expo={layout.scene.expo} counts={counts} search={<SearchBox layout={layout} search={search} />} />}
        <main className="stage">
          <ExpoCanvas layout={layout} navigator={navigator} />
          <RenderingIndicator />
          <ContextLostNotice />
          {immersive ? <div className="crosshair" aria-hidden="true" /> : null}
          <PlaceNotice layout={layout} />
          {immersive ? null : <FloorPlan layout={layout} />}
          {listOpen && !immersive ? <BoothList layout={layout} /> : null}
          <ExhibitPanel layout={layout} />
          <BoothPanel layout={layout} />
          {touch && walking ? <Joystick input={navigator} label={uiStrings(language).joystick} /> : null}
          <NavigationBar />
          {immersive ? null : <PlaceStatus layout={layout} />}
          {immersive ? null : <WarningsPanel file={file} warnings={diagnostics} warningTotal={warningTotal} modelWarnings={modelWarnings} exhibits={layout.scene.exhibits} />}
        </main>
      </div>
    </NavigatorContext.Provider>
  );
}
