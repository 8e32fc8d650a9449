import { useCallback, useMemo } from 'react';
import type { LaidOutScene } from '../scene';
import { useLanguage } from '../store/useLanguage';
import { useSelectedExhibit } from '../store/useSelection';
import { DetailPanel } from './DetailPanel';
import { exhibitDetails, indexDetails } from './exhibitDetails';
import { PanelLinks } from './PanelLinks';
import { uiStrings } from './strings';

export interface ExhibitPanelProps {
  layout: LaidOutScene;
}

/**
 * The exhibit the visitor clicked, tapped or travelled to: title, exhibitor, booth, description
 * and links (all scene text rendered as text). Escape or the close button clears the selection.
 */
export function ExhibitPanel({ layout }: ExhibitPanelProps) {
  const [language] = useLanguage();
  const [selectedId, select] = useSelectedExhibit();
  const index = useMemo(() => indexDetails(layout), [layout]);
  const details = selectedId === undefined ? undefined : exhibitDetails(index, selectedId, language);
  const text = uiStrings(language);
  const close = useCallback(() => select(undefined), [select]);
  if (!details) return null;
  return (
    <DetailPanel label={text.exhibitPanel} title={details.title} exhibitorName={details.exhibitorName} sample={details.sample} onClose={close} data={{ 'data-exhibit-id': selectedId }}>
      {details.boothCode ? <p className="exhibit-booth">{text.booth(details.boothCode)}</p> : null}
      {details.description ? <p className="exhibit-description">{details.description}</p> : null}
      <PanelLinks links={details.links} />
    </DetailPanel>
  );
}
