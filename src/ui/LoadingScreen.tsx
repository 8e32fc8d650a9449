import { useLanguage } from '../store/useLanguage';
import { uiStrings } from './strings';

export interface LoadingScreenProps {
  file: string;
}

/** Shown while the scene file is fetched and checked. */
export function LoadingScreen({ file }: LoadingScreenProps) {
  const [language] = useLanguage();
  return (
    <main className="loading-screen" aria-busy="true" data-testid="loading-screen">
      <div className="spinner" aria-hidden="true" />
      <p>{uiStrings(language).loading(file)}</p>
    </main>
  );
}
