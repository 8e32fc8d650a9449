import { useMemo } from 'react';
import type { LaidOutScene } from '../scene';
import { useLanguage } from '../store/useLanguage';
import { useNavigation } from '../store/useNavigation';
import { createPlaceLabeller } from './placeLabel';
import { uiStrings } from './strings';

/**
 * Where the visitor is, in words, at the foot of the view: "you are here" for everyone, and a
 * polite live region, so a screen reader announces each booth the list or a walk arrives at; while
 * a walked journey is under way, where it goes and how to stop it.
 */
export function PlaceStatus({ layout }: { layout: LaidOutScene }) {
  const [language] = useLanguage();
  const place = useNavigation((state) => state.place);
  const journey = useNavigation((state) => state.journey);
  const text = uiStrings(language);
  const label = useMemo(() => createPlaceLabeller(layout, language, text.booth), [layout, language, text]);
  const words = place ? label(place) : undefined;
  return (
    <p className="place-status" role="status" aria-live="polite">
      {journey ? text.walkingTo(journey.target ? label(journey.target) : undefined) : words ? text.youAreAt(words) : ''}
    </p>
  );
}
