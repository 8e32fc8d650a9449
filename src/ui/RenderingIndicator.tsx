import { useLanguage } from '../store/useLanguage';
import { uiStrings } from './strings';

/**
 * Covers the canvas until its first frame. It is hidden by CSS once `html[data-expo-ready]` is
 * set, so the frame loop never has to touch React state to remove it.
 */
export function RenderingIndicator() {
  const [language] = useLanguage();
  return (
    <div className="rendering-indicator" aria-hidden="true">
      <div className="spinner" />
      <p>{uiStrings(language).rendering}</p>
    </div>
  );
}
