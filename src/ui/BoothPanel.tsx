import { useCallback, useMemo } from 'react';
import type { LaidOutScene } from '../scene';
import { selectionStore } from '../store/selectionStore';
import { useLanguage } from '../store/useLanguage';
import { useSelectedBooth } from '../store/useSelection';
import { boothDetails, indexBooths } from './boothDetails';
import { DetailPanel } from './DetailPanel';
import { PanelLinks } from './PanelLinks';
import { ExhibitButtons } from './panels/ExhibitButtons';
import { openExhibitor } from './panels/openPanel';
import { panelStrings } from './panels/panelStrings';
import { uiStrings } from './strings';

/**
 * The booth the visitor travelled to (from search, the floor plan or the booth list) or asked
 * about in an exhibit's panel: its code, zone and hall, its exhibitor (a button to the exhibitor's
 * panel), and its exhibits as buttons that walk up to each. Scene text is rendered as text.
 * Escape or × closes it.
 */
export function BoothPanel({ layout }: { layout: LaidOutScene }) {
  const [language] = useLanguage();
  const text = uiStrings(language);
  const panelText = panelStrings(language);
  const boothId = useSelectedBooth();
  const index = useMemo(() => indexBooths(layout), [layout]);
  const details = boothId === undefined ? undefined : boothDetails(index, boothId, language);
  const close = useCallback(() => selectionStore.getState().clear(), []);
  if (!details) return null;
  const { exhibitorId } = details;
  return (
    <DetailPanel
      label={text.boothPanel}
      title={text.booth(details.code)}
      exhibitorName={details.exhibitorName ?? text.vacant}
      sample={details.sample}
      onExhibitor={exhibitorId === undefined ? undefined : () => openExhibitor(exhibitorId)}
      onClose={close}
      focusKey={`booth:${boothId}`}
      className="booth-panel"
      data={{ 'data-booth-id': boothId }}
    >
      <p className="exhibit-booth">{[details.zoneName, details.hallName].filter(Boolean).join(' · ')}</p>
      {details.exhibits.length > 0 ? (
        <>
          <h3 className="panel-subheading">{panelText.exhibitsHeading(details.exhibits.length)}</h3>
          <ExhibitButtons exhibits={details.exhibits} label={text.exhibitsAt(details.code)} />
        </>
      ) : null}
      <PanelLinks links={details.links} />
    </DetailPanel>
  );
}
