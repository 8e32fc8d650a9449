/**
 * The guided tour's player over the 3D view, like a museum audio guide's: the tour and the stop,
 * progress ("3 / 13", announced politely as "Stop 3 of 13: …"), the stop's narration as text in
 * the visitor's language (switching with it), Previous, Play or Pause, Next, End tour, and "Read
 * aloud" when the browser can (else the reason why not). After the last stop it says so and offers
 * to start again. It only changes the tour store; the app's tour guide moves the visitor.
 */
import { useMemo } from 'react';
import { localizedString, type LaidOutScene } from '../../scene';
import { LANGUAGE_TAGS } from '../../store/languageStore';
import { tourStore } from '../../store/tourStore';
import { useLanguage } from '../../store/useLanguage';
import { useTour } from '../../store/useTour';
import { tourStopTitle } from './tourStopTitle';
import { tourStrings } from './tourStrings';
import './tour.css';

export interface TourPlayerProps {
  layout: LaidOutScene;
}

export function TourPlayer({ layout }: TourPlayerProps) {
  const [language] = useLanguage();
  const tourId = useTour((state) => state.tourId);
  const stopIndex = useTour((state) => state.stopIndex);
  const playing = useTour((state) => state.playing);
  const phase = useTour((state) => state.phase);
  const speech = useTour((state) => state.speech);
  const speechSupport = useTour((state) => state.speechSupport);
  const tour = useMemo(() => layout.scene.tours?.find((candidate) => candidate.id === tourId), [layout, tourId]);
  const stop = tour?.stops[stopIndex];
  if (!tour || !stop) return null;

  const text = tourStrings(language);
  const actions = tourStore.getState();
  const count = tour.stops.length;
  const title = localizedString(tour.title, language);
  const stopTitle = tourStopTitle(layout, stop, language);
  // The narration's own language: the visitor's, unless the curator wrote only the other.
  const narrationLanguage = stop.narration[language]?.trim() ? language : language === 'zh' ? 'en' : 'zh';
  const ended = phase === 'ended';
  const speechReason = !speechSupport.synthesis ? text.speechUnsupported : speechSupport.missingVoices.includes(language) ? text.speechNoVoice : undefined;
  const state = ended ? text.ended(title) : !playing ? text.paused : phase === 'travelling' ? text.travelling : '';

  return (
    <section className="tour-player" role="region" aria-label={text.guidedTour} data-playing={playing} data-phase={phase}>
      <div className="tour-heading">
        <h2 className="tour-title">{title}</h2>
        <p className="tour-progress">
          <span aria-hidden="true" data-testid="tour-progress">
            {text.progress(stopIndex + 1, count)}
          </span>
          {/* Announced when the stop changes, without interrupting. */}
          <span className="visually-hidden" aria-live="polite">
            {text.progressSpoken(stopIndex + 1, count, stopTitle)}
          </span>
        </p>
      </div>
      <h3 className="tour-stop-title">{stopTitle}</h3>
      <p className="tour-narration" lang={LANGUAGE_TAGS[narrationLanguage]}>
        {localizedString(stop.narration, language)}
      </p>
      <p className="tour-state" role="status">
        {state}
      </p>
      <div className="tour-controls" role="group" aria-label={text.controls}>
        <button type="button" className="tour-button" onClick={actions.previous} disabled={stopIndex === 0}>
          <span aria-hidden="true">‹</span> {text.previous}
        </button>
        {ended ? (
          <button type="button" className="tour-button tour-main" onClick={actions.play}>
            <span aria-hidden="true">↺</span> {text.restart}
          </button>
        ) : playing ? (
          <button type="button" className="tour-button tour-main" onClick={actions.pause}>
            <span aria-hidden="true" className="tour-pause-icon" /> {text.pause}
          </button>
        ) : (
          <button type="button" className="tour-button tour-main" onClick={actions.play}>
            <span aria-hidden="true">▶</span> {text.play}
          </button>
        )}
        <button type="button" className="tour-button" onClick={actions.next} disabled={stopIndex >= count - 1}>
          {text.next} <span aria-hidden="true">›</span>
        </button>
        <label className="tour-speech">
          <input
            type="checkbox"
            checked={speech && speechReason === undefined}
            disabled={speechReason !== undefined}
            aria-describedby={speechReason === undefined ? undefined : 'tour-speech-reason'}
            onChange={(event) => actions.setSpeech(event.target.checked)}
          />
          {text.readAloud}
        </label>
        <button type="button" className="tour-button tour-end" onClick={actions.leave}>
          {text.end}
        </button>
      </div>
      {speechReason === undefined ? null : (
        <p className="tour-speech-reason" id="tour-speech-reason">
          {speechReason}
        </p>
      )}
    </section>
  );
}
