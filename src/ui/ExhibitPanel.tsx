import { lazy, Suspense, useCallback, useMemo } from 'react';
import type { LaidOutScene } from '../scene';
import { useLanguage } from '../store/useLanguage';
import { useSelectedExhibit } from '../store/useSelection';
import { DetailPanel } from './DetailPanel';
import { exhibitDetails, indexDetails } from './exhibitDetails';
import { PanelLinks } from './PanelLinks';
import { mediaItems } from './panels/mediaItems';
import { openBooth, openExhibitor } from './panels/openPanel';
import { panelStrings } from './panels/panelStrings';
import { uiStrings } from './strings';

// Pictures and videos are not needed before the first frame (issue 12, item 5): their code comes
// with the first panel that has any.
const ExhibitMedia = lazy(() => import('./panels/ExhibitMedia'));

export interface ExhibitPanelProps {
  layout: LaidOutScene;
}

/**
 * The exhibit the visitor clicked, tapped or travelled to: title, exhibitor (a button to the
 * exhibitor's panel), booth (a button to the booth's panel), description, pictures and videos, and
 * links (all scene text rendered as text). Escape or the close button clears the selection.
 */
export function ExhibitPanel({ layout }: ExhibitPanelProps) {
  const [language] = useLanguage();
  const [selectedId, select] = useSelectedExhibit();
  const index = useMemo(() => indexDetails(layout), [layout]);
  const details = useMemo(() => (selectedId === undefined ? undefined : exhibitDetails(index, selectedId, language)), [index, selectedId, language]);
  const text = uiStrings(language);
  const panelText = panelStrings(language);
  const close = useCallback(() => select(undefined), [select]);
  const media = useMemo(() => (details && details.media.length > 0 ? mediaItems(details.media, details.title, language, document.baseURI) : []), [details, language]);
  if (!details) return null;
  const { exhibitorId, boothId, boothCode } = details;
  return (
    <DetailPanel
      label={text.exhibitPanel}
      title={details.title}
      exhibitorName={details.exhibitorName}
      sample={details.sample}
      onExhibitor={exhibitorId === undefined ? undefined : () => openExhibitor(exhibitorId)}
      onClose={close}
      focusKey={`exhibit:${selectedId}`}
      data={{ 'data-exhibit-id': selectedId }}
    >
      {boothCode ? (
        <p className="exhibit-booth">
          <button type="button" className="panel-link-button" onClick={() => openBooth(boothId)}>
            {panelText.showBooth(boothCode)}
          </button>
        </p>
      ) : null}
      {/* The description first: a short text reads at a glance, the pictures below it scroll. */}
      {details.description ? <p className="exhibit-description">{details.description}</p> : null}
      {media.length > 0 ? (
        <Suspense fallback={null}>
          <ExhibitMedia items={media} />
        </Suspense>
      ) : null}
      <PanelLinks links={details.links} />
    </DetailPanel>
  );
}
