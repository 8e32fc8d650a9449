import { useCallback, useMemo } from 'react';
import type { LaidOutScene } from '../../scene';
import { selectionStore } from '../../store/selectionStore';
import { useLanguage } from '../../store/useLanguage';
import { useSelectedExhibitor } from '../../store/useSelection';
import { indexBooths } from '../boothDetails';
import { DetailPanel } from '../DetailPanel';
import { useNavigator } from '../NavigatorContext';
import { PanelLinks } from '../PanelLinks';
import { ExhibitButtons } from './ExhibitButtons';
import { exhibitorDetails, indexExhibitorBooths } from './exhibitorDetails';
import { panelStrings } from './panelStrings';
import './panels.css';

export interface ExhibitorPanelProps {
  layout: LaidOutScene;
}

/**
 * The exhibitor the visitor asked about from an exhibit's or a booth's panel: name, country,
 * description, links, all their exhibits and their booths (exhibits first: they are what visitors
 * came for), each a button that walks the visitor there through the navigator. Scene text is rendered as text. Escape or × closes it.
 */
export function ExhibitorPanel({ layout }: ExhibitorPanelProps) {
  const [language] = useLanguage();
  const text = panelStrings(language);
  const exhibitorId = useSelectedExhibitor();
  const navigator = useNavigator();
  const index = useMemo(() => indexBooths(layout), [layout]);
  const boothsByExhibitor = useMemo(() => indexExhibitorBooths(layout), [layout]);
  const details = exhibitorId === undefined ? undefined : exhibitorDetails(index, boothsByExhibitor, exhibitorId, language);
  const close = useCallback(() => selectionStore.getState().clear(), []);
  if (!details) return null;
  return (
    <DetailPanel
      label={text.exhibitorPanel}
      title={details.name}
      exhibitorName={undefined}
      sample={false}
      onClose={close}
      focusKey={`exhibitor:${details.id}`}
      className="exhibitor-panel"
      data={{ 'data-exhibitor-id': details.id }}
    >
      {details.country || details.sample ? (
        <p className="exhibit-exhibitor">
          {details.country}
          {details.sample ? (
            <span className="sample-tag" title={text.illustrativeHint}>
              {text.illustrative}
            </span>
          ) : null}
        </p>
      ) : null}
      {details.description ? <p className="exhibit-description">{details.description}</p> : null}
      <PanelLinks links={details.links} />
      <h3 className="panel-subheading">{text.exhibitsHeading(details.exhibits.length)}</h3>
      {details.exhibits.length > 0 ? (
        <ExhibitButtons exhibits={details.exhibits} label={text.exhibitsHeading(details.exhibits.length)} className="panel-list booth-panel-exhibits" />
      ) : (
        <p>{text.noExhibits}</p>
      )}
      {details.booths.length > 0 ? (
        <>
          <h3 className="panel-subheading">{text.boothsHeading(details.booths.length)}</h3>
          <ul className="panel-list" aria-label={text.boothsHeading(details.booths.length)}>
            {details.booths.map((booth) => (
              <li key={booth.id}>
                <button type="button" className="exhibit-button" onClick={() => navigator.goTo({ kind: 'booth', id: booth.id }, { travel: 'walk' })}>
                  {text.showBooth(booth.code)}
                  {booth.place ? <span className="panel-list-meta"> · {booth.place}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </DetailPanel>
  );
}
