import { useMemo } from 'react';
import { countScene } from '../scene';
import { modelWarningText } from '../store/modelStore';
import { useModelStore } from '../store/useModelStore';
import { useSceneStore } from '../store/useSceneStore';
import { ErrorScreen } from '../ui/ErrorScreen';
import { ExhibitPanel } from '../ui/ExhibitPanel';
import { Header } from '../ui/Header';
import { LoadingScreen } from '../ui/LoadingScreen';
import { RenderingIndicator } from '../ui/RenderingIndicator';
import { WarningsPanel } from '../ui/WarningsPanel';
import { BoothList } from '../ui/BoothList';
import { Joystick } from '../ui/Joystick';
import { NavigationBar } from '../ui/NavigationBar';
import { PlaceNotice } from '../ui/PlaceNotice';
import { PlaceStatus } from '../ui/PlaceStatus';
import { uiStrings } from '../ui/strings';
import { useLanguage } from '../store/useLanguage';
import { useNavigation } from '../store/useNavigation';
import { walkInput } from '../store/walkInput';
import { ExpoCanvas } from './ExpoCanvas';

/** Loading screen, error screen, or the expo: header, 3D view and a warnings panel (scene and model warnings). */
export function App() {
  const status = useSceneStore((state) => state.status);
  const file = useSceneStore((state) => state.file);
  const layout = useSceneStore((state) => state.layout);
  const diagnostics = useSceneStore((state) => state.diagnostics);
  const loadError = useSceneStore((state) => state.loadError);
  const modelWarnings = useModelStore((state) => state.warnings);
  const modelMessages = useMemo(() => modelWarnings.map(modelWarningText), [modelWarnings]);
  const counts = useMemo(() => (layout ? countScene(layout) : undefined), [layout]);
  const [language] = useLanguage();
  const immersive = useNavigation((state) => state.immersive);
  const listOpen = useNavigation((state) => state.listOpen);
  const joystick = useNavigation((state) => state.touch && state.mode === 'walk');

  if (status === 'loading') return <LoadingScreen file={file} />;
  if (status === 'error' || !layout || !counts) return <ErrorScreen file={file} diagnostics={diagnostics} loadError={loadError} />;
  return (
    <div className={immersive ? 'app immersive' : 'app'}>
      {immersive ? null : <Header expo={layout.scene.expo} counts={counts} />}
      <main className="stage">
        <ExpoCanvas layout={layout} />
        <RenderingIndicator />
        {immersive ? <div className="crosshair" aria-hidden="true" /> : null}
        <PlaceNotice layout={layout} />
        {listOpen && !immersive ? <BoothList layout={layout} /> : null}
        <ExhibitPanel layout={layout} />
        {joystick ? <Joystick input={walkInput} label={uiStrings(language).joystick} /> : null}
        <NavigationBar />
        {immersive ? null : <PlaceStatus layout={layout} />}
        {immersive ? null : <WarningsPanel file={file} warnings={diagnostics} modelWarnings={modelMessages} />}
      </main>
    </div>
  );
}
