import { useSceneStore } from '../store/useSceneStore';
import { ErrorScreen } from '../ui/ErrorScreen';
import { LoadingScreen } from '../ui/LoadingScreen';
import { Expo } from './Expo';

/** Loading screen, error screen, or the expo. */
export function App() {
  const status = useSceneStore((state) => state.status);
  const file = useSceneStore((state) => state.file);
  const layout = useSceneStore((state) => state.layout);
  const diagnostics = useSceneStore((state) => state.diagnostics);
  const diagnosticTotals = useSceneStore((state) => state.diagnosticTotals);
  const loadError = useSceneStore((state) => state.loadError);
  if (status === 'loading') return <LoadingScreen file={file} />;
  if (status === 'error' || !layout) return <ErrorScreen file={file} diagnostics={diagnostics} totals={diagnosticTotals} loadError={loadError} />;
  return <Expo layout={layout} />;
}

