import { useLanguage } from '../store/useLanguage';
import { useLoadingStore } from '../store/useLoadingStore';
import { loadingStrings } from './loading/loadingStrings';
import { ProgressBar } from './loading/ProgressBar';

export interface LoadingScreenProps {
  file: string;
}

/**
 * Shown while the scene file is fetched and checked: the expo's loading percent, driven by the
 * file's bytes as they arrive (`loadingStore`), not a spinner that says nothing of how long. When
 * the server compresses on the fly and sends no length, the percent cannot move until the file is
 * in, so the bytes received are shown instead.
 */
export function LoadingScreen({ file }: LoadingScreenProps) {
  const [language] = useLanguage();
  const percent = useLoadingStore((state) => state.percent);
  // A file compressed on the fly has no length to count against: say how much has come instead.
  const bytesOfUnknown = useLoadingStore((state) => (state.sceneTotalBytes === undefined && state.sceneBytes > 0 ? state.sceneBytes : undefined));
  const text = loadingStrings(language);
  return (
    <main className="loading-screen" aria-busy="true" data-testid="loading-screen">
      <ProgressBar percent={percent} label={text.loadingExpo} valueText={text.percent(percent)} />
      <p className="loading-percent" aria-hidden="true">
        {text.percent(percent)}
      </p>
      <p>{text.loadingFile(file)}</p>
      {bytesOfUnknown === undefined ? null : <p className="loading-bytes">{text.bytesRead(bytesOfUnknown)}</p>}
    </main>
  );
}
