import { useEffect, useState } from 'react';
import { useLanguage } from '../store/useLanguage';
import { useViewContextLost } from '../store/useViewContext';
import { uiStrings } from './strings';

export interface ContextLostNoticeProps {
  /**
   * How long the view may stay lost before the notice offers to reload the page. Browsers restore
   * a context within a second or two when they restore it at all; some never do (a tablet's GPU
   * process that was killed), and then only a reload brings the view back.
   */
  reloadOfferMs?: number;
  /** Reloads the page; the address holds the visitor's place as a deep link, so they land there again. */
  reload?: () => void;
}

const RELOAD_OFFER_MS = 10_000;

/**
 * Says why the 3D view went blank while the device has taken its WebGL context away (issue 11):
 * a status, not an alert, since the visitor need do nothing; it goes when the view is drawn again.
 * It covers the blank canvas and lets pointer input through to the interface around it. If the
 * context does not come back, it says so and offers a reload, rather than "restoring…" forever.
 */
export function ContextLostNotice({ reloadOfferMs = RELOAD_OFFER_MS, reload = () => window.location.reload() }: ContextLostNoticeProps) {
  const [language] = useLanguage();
  const lost = useViewContextLost();
  const [longLost, setLongLost] = useState(false);
  useEffect(() => {
    if (!lost) {
      setLongLost(false);
      return undefined;
    }
    const timer = setTimeout(() => setLongLost(true), reloadOfferMs);
    return () => clearTimeout(timer);
  }, [lost, reloadOfferMs]);
  if (!lost) return null;
  const text = uiStrings(language);
  return (
    <div className="context-lost-notice" role="status" data-testid="context-lost-notice">
      {longLost ? null : <div className="spinner" aria-hidden="true" />}
      <p>{longLost ? text.contextLostLong : text.contextLost}</p>
      {longLost ? (
        <button type="button" className="context-lost-reload" onClick={reload}>
          {text.contextLostReload}
        </button>
      ) : null}
    </div>
  );
}
