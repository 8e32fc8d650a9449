import { useCallback, useMemo, useRef } from 'react';
import type { LaidOutScene } from '../scene';
import { useLanguage } from '../store/useLanguage';
import { useSelectedExhibit } from '../store/useSelection';
import { exhibitDetails, indexDetails } from './exhibitDetails';
import { PanelLinks } from './PanelLinks';
import { uiStrings } from './strings';
import { useEscapeToClose } from './useEscapeToClose';

export interface ExhibitPanelProps {
  layout: LaidOutScene;
}

/**
 * The exhibit the visitor clicked or tapped: title, exhibitor, booth, description and links
 * (all scene text rendered as text). Escape or the close button clears the selection.
 */
export function ExhibitPanel({ layout }: ExhibitPanelProps) {
  const [language] = useLanguage();
  const [selectedId, select] = useSelectedExhibit();
  const index = useMemo(() => indexDetails(layout), [layout]);
  const details = selectedId === undefined ? undefined : exhibitDetails(index, selectedId, language);
  const text = uiStrings(language);
  const panel = useRef<HTMLElement>(null);
  const close = useCallback(() => select(undefined), [select]);
  useEscapeToClose(selectedId !== undefined, close, panel);
  if (!details) return null;
  return (
    <aside ref={panel} className="exhibit-panel" aria-label={text.exhibitPanel} data-exhibit-id={selectedId} data-own-keys>
      <button type="button" className="dismiss exhibit-panel-close" onClick={close} aria-label={text.close}>
        ×
      </button>
      <h2 className="exhibit-title">{details.title}</h2>
      {details.exhibitorName ? (
        <p className="exhibit-exhibitor">
          {details.exhibitorName}
          {details.sample ? <span className="sample-tag">{text.sample}</span> : null}
        </p>
      ) : null}
      {details.boothCode ? <p className="exhibit-booth">{text.booth(details.boothCode)}</p> : null}
      {details.description ? <p className="exhibit-description">{details.description}</p> : null}
      <PanelLinks links={details.links} />
    </aside>
  );
}
