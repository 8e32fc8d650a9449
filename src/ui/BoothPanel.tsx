import { useCallback, useMemo, useRef } from 'react';
import type { LaidOutScene } from '../scene';
import { selectionStore } from '../store/selectionStore';
import { useLanguage } from '../store/useLanguage';
import { useSelectedBooth } from '../store/useSelection';
import { boothDetails, indexBooths } from './boothDetails';
import { useNavigator } from './NavigatorContext';
import { PanelLinks } from './PanelLinks';
import { uiStrings } from './strings';
import { useEscapeToClose } from './useEscapeToClose';

/**
 * The booth the visitor travelled to (from search, the floor plan or the booth list): its code,
 * exhibitor, zone and hall, and its exhibits as buttons that walk up to each. Scene text is
 * rendered as text. Escape or × closes it.
 */
export function BoothPanel({ layout }: { layout: LaidOutScene }) {
  const [language] = useLanguage();
  const text = uiStrings(language);
  const boothId = useSelectedBooth();
  const navigator = useNavigator();
  const index = useMemo(() => indexBooths(layout), [layout]);
  const details = boothId === undefined ? undefined : boothDetails(index, boothId, language);
  const panel = useRef<HTMLElement>(null);
  const close = useCallback(() => selectionStore.getState().clear(), []);
  useEscapeToClose(details !== undefined, close, panel);
  if (!details) return null;
  return (
    <aside ref={panel} className="exhibit-panel booth-panel" aria-label={text.boothPanel} data-booth-id={boothId} data-own-keys>
      <button type="button" className="dismiss exhibit-panel-close" onClick={close} aria-label={text.close}>
        ×
      </button>
      <h2 className="exhibit-title">{text.booth(details.code)}</h2>
      {details.exhibitorName ? (
        <p className="exhibit-exhibitor">
          {details.exhibitorName}
          {details.sample ? <span className="sample-tag">{text.sample}</span> : null}
        </p>
      ) : (
        <p className="exhibit-exhibitor">{text.vacant}</p>
      )}
      <p className="exhibit-booth">{[details.zoneName, details.hallName].filter(Boolean).join(' · ')}</p>
      {details.exhibits.length > 0 ? (
        <ul className="booth-panel-exhibits" aria-label={text.exhibitsAt(details.code)}>
          {details.exhibits.map((exhibit) => (
            <li key={exhibit.id}>
              <button type="button" className="exhibit-button" onClick={() => navigator.goTo({ kind: 'exhibit', id: exhibit.id }, { travel: 'walk' })}>
                {exhibit.title}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <PanelLinks links={details.links} />
    </aside>
  );
}
