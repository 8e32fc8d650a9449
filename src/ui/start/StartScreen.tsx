/**
 * The start screen: the expo's welcome in front of the hall, which loads and renders behind it.
 * Title, theme, dates, venue, how many exhibitors and exhibits, the language choice, Enter, the
 * guided tours, and how to move on this device. A modal dialog (the expo behind is inert while it
 * is open); its heading is the expo's title.
 */
import { useEffect, useRef } from 'react';
import { localizedString, type LaidOutScene, type SceneCounts } from '../../scene';
import { useLanguage } from '../../store/useLanguage';
import { useLoadingStore } from '../../store/useLoadingStore';
import { ExpoTitle } from '../ExpoTitle';
import { formatDateRange } from '../format';
import { LanguageToggle } from '../LanguageToggle';
import { startStrings } from './startStrings';
import './start.css';

export interface StartScreenProps {
  layout: LaidOutScene;
  counts: SceneCounts;
  /** Whether touch is the device's main input: which how-to to show. */
  touch: boolean;
  onEnter: () => void;
  /** Starts a tour from its first stop; absent, the tours are not offered. */
  onTour?: (tourId: string) => void;
}

export function StartScreen({ layout, counts, touch, onEnter, onTour }: StartScreenProps) {
  const [language] = useLanguage();
  // How far the expo behind has loaded: the one percent the loading screen showed too.
  const loadedPercent = useLoadingStore((state) => state.percent);
  const text = startStrings(language);
  const { expo, tours = [] } = layout.scene;
  const theme = localizedString(expo.theme, language);
  const enterButton = useRef<HTMLButtonElement>(null);
  useEffect(() => enterButton.current?.focus({ preventScroll: true }), []);
  const [firstTour, ...otherTours] = onTour ? tours : [];
  return (
    <div className="start-screen" role="dialog" aria-modal="true" aria-labelledby="start-title" aria-describedby="start-facts">
      <div className="start-card">
        <div className="start-top">
          <p className="start-welcome">{text.welcome}</p>
          <LanguageToggle />
        </div>
        <ExpoTitle title={expo.title} language={language} id="start-title" className="start-title" subtitleClassName="start-subtitle" />
        <dl id="start-facts" className="start-facts">
          {theme ? (
            <div>
              <dt>{text.theme}</dt>
              <dd>{theme}</dd>
            </div>
          ) : null}
          <div>
            <dt>{text.dates}</dt>
            <dd>{formatDateRange(expo.dates.start, expo.dates.end, language)}</dd>
          </div>
          <div>
            <dt>{text.venue}</dt>
            <dd>{localizedString(expo.venue, language)}</dd>
          </div>
        </dl>
        <ul className="start-counts">
          <li>{text.exhibitors(counts.exhibitors)}</li>
          <li>{text.exhibits(counts.exhibits)}</li>
          <li>{text.halls(counts.halls)}</li>
        </ul>
        <div className="start-actions">
          <button ref={enterButton} type="button" className="start-enter" onClick={onEnter}>
            {text.enter}
          </button>
          {firstTour && onTour ? (
            <button type="button" className="start-tour" onClick={() => onTour(firstTour.id)} aria-describedby="start-first-tour">
              {text.guidedTour}
            </button>
          ) : null}
        </div>
        {firstTour && onTour ? (
          <div className="start-tours" role="group" aria-label={text.toursLabel}>
            <p id="start-first-tour" className="start-tour-name">
              {text.tourButton(localizedString(firstTour.title, language), firstTour.stops.length)}
            </p>
            {otherTours.map((tour) => (
              <button key={tour.id} type="button" className="start-other-tour" onClick={() => onTour(tour.id)}>
                {text.tourButton(localizedString(tour.title, language), tour.stops.length)}
              </button>
            ))}
          </div>
        ) : null}
        <section className="start-how-to" aria-labelledby="start-how-to-title">
          <h2 id="start-how-to-title">{text.howTo}</h2>
          <ul>
            {(touch ? text.touchHowTo : text.keyHowTo).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <p className="start-loading" role="status">
          {loadedPercent >= 100 ? text.hallReady : text.hallLoading(loadedPercent)}
        </p>
      </div>
    </div>
  );
}
