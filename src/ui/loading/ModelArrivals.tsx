import { useEffect, useState } from 'react';
import { useLanguage } from '../../store/useLanguage';
import { useLoadingStore } from '../../store/useLoadingStore';
import { loadingStrings } from './loadingStrings';
import { ProgressBar } from './ProgressBar';
import './loading.css';

/** How long the full bar stays once the last model has arrived: long enough to be seen complete. */
export const ARRIVALS_DONE_LINGER_MS = 1200;

/**
 * After the halls are shown, says that models are still arriving ("Loading models 63 %"), so grey
 * boxes are not taken for the finished hall (issue 12). A slim strip along the top edge of the
 * view, in the 0.75 rem every other element keeps from that edge: it covers neither the centre nor
 * any control, and takes no pointer input. A polite status, so screen readers hear it without
 * being interrupted. When every model file has arrived or failed (failures have their own
 * notices) it shows 100 % for a moment and goes. The percent is the expo's whole loading percent
 * (`loadingStore`), the same as the loading and start screens'.
 */
export function ModelArrivals() {
  const [language] = useLanguage();
  const needed = useLoadingStore((state) => state.modelsAfterHall);
  const percent = useLoadingStore((state) => state.percent);
  const [lingerOver, setLingerOver] = useState(false);
  useEffect(() => {
    if (!needed || percent < 100) return undefined;
    const timer = setTimeout(() => setLingerOver(true), ARRIVALS_DONE_LINGER_MS);
    return () => clearTimeout(timer);
  }, [needed, percent]);
  if (!needed || (percent >= 100 && lingerOver)) return null;
  const text = loadingStrings(language);
  return (
    <div className="model-arrivals" role="status" aria-live="polite" data-testid="model-arrivals">
      <ProgressBar className="model-arrivals-bar" percent={percent} label={text.modelsProgress} valueText={text.percent(percent)} />
      <span className="model-arrivals-text">{percent >= 100 ? text.modelsLoaded : text.loadingModels(percent)}</span>
    </div>
  );
}
