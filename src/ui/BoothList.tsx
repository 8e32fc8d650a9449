import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { samePlace } from '../navigation/places';
import type { LaidOutScene } from '../scene';
import { navigationStore } from '../store/navigationStore';
import { useLanguage } from '../store/useLanguage';
import { useNavigation } from '../store/useNavigation';
import { boothDirectory, hallOfPlace } from './boothDirectory';
import { useNavigator } from './NavigatorContext';
import { uiStrings } from './strings';

/**
 * The list mode for keyboard (and screen-reader) visitors: the booths of one hall as buttons.
 * Moving the focus to a booth, with Tab or the arrow keys, takes the visitor there; the booth's
 * exhibits are listed under it, and choosing one walks up to it and opens its panel. Home and End
 * jump to the first and last booth; Escape closes the list. The list handles its own keys
 * (`data-own-keys`), so arrows here move the focus, not the visitor.
 */
export function BoothList({ layout }: { layout: LaidOutScene }) {
  const [language] = useLanguage();
  const text = uiStrings(language);
  const halls = useMemo(() => boothDirectory(layout, language), [layout, language]);
  const place = useNavigation((state) => state.place);
  const [hallIndex, setHallIndex] = useState(() => (place ? hallOfPlace(halls, place.kind, place.id) : 0));
  const hall = halls[hallIndex];
  const list = useRef<HTMLUListElement>(null);
  // Focus placed by the list itself (on opening) is not a request to travel.
  const quietFocus = useRef(false);
  const navigator = useNavigator();
  const isHere = (boothId: string): boolean => samePlace(navigationStore.getState().place, { kind: 'booth', id: boothId });

  useEffect(() => {
    const current = place?.kind === 'booth' ? list.current?.querySelector<HTMLButtonElement>(`[data-booth-id="${CSS.escape(place.id)}"]`) : undefined;
    const target = current ?? list.current?.querySelector<HTMLButtonElement>('[data-booth-id]');
    quietFocus.current = true;
    target?.focus();
    quietFocus.current = false;
    // Only on opening and on changing hall: later focus moves are the visitor's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hallIndex]);

  const boothButtons = (): HTMLButtonElement[] => [...(list.current?.querySelectorAll<HTMLButtonElement>('[data-booth-id]') ?? [])];
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      // An open exhibit panel takes the first Escape (it listens before the page does).
      if (event.nativeEvent.defaultPrevented) return;
      // The list is the top layer here: the exhibit panel and immersive mode leave this Escape alone.
      event.preventDefault();
      navigationStore.getState().setListOpen(false);
      // The focused item goes with the list: give the focus back to the button that opened it.
      document.querySelector<HTMLButtonElement>('[aria-controls="booth-list"]')?.focus();
      return;
    }
    const buttons = boothButtons();
    const index = buttons.findIndex((button) => button === document.activeElement || button.parentElement?.contains(document.activeElement));
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(buttons.length - 1, index + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, index - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next < 0) return;
    event.preventDefault();
    buttons[next]?.focus();
  };

  if (!hall) return null;
  return (
    <nav className="booth-list" id="booth-list" aria-label={text.boothList} data-own-keys onKeyDown={onKeyDown}>
      <div className="booth-list-halls" role="group" aria-label={text.boothList}>
        {halls.map((option, index) => (
          <button
            key={option.id}
            type="button"
            className="hall-tab"
            aria-pressed={index === hallIndex}
            onClick={() => {
              setHallIndex(index);
              navigator.goTo({ kind: 'hall', id: option.id });
            }}
          >
            {option.name}
          </button>
        ))}
      </div>
      <ul className="booth-list-items" ref={list}>
        {hall.booths.map((booth) => {
          const here = (place?.kind === 'booth' && place.id === booth.id) || (place?.kind === 'exhibit' && booth.exhibits.some((exhibit) => exhibit.id === place.id));
          return (
            <li key={booth.id} className={here ? 'booth-item here' : 'booth-item'}>
              <button
                type="button"
                className="booth-button"
                data-booth-id={booth.id}
                aria-current={here ? 'location' : undefined}
                onFocus={() => {
                  // Stepping through the list updates the history entry rather than adding one per booth,
                  // and opens no booth panel: the list itself shows the booth's exhibits.
                  if (!quietFocus.current && !isHere(booth.id)) navigator.goTo({ kind: 'booth', id: booth.id }, { history: 'replace', panel: false });
                }}
                // A click or tap is a journey of its own (and Safari does not focus a clicked button).
                onClick={() => navigator.goTo({ kind: 'booth', id: booth.id })}
              >
                <span className="booth-code">{booth.code}</span> {booth.exhibitor ?? text.vacant}
              </button>
              {here && booth.exhibits.length > 0 ? (
                <ul className="booth-exhibits" aria-label={text.exhibitsAt(booth.code)}>
                  {booth.exhibits.map((exhibit) => (
                    <li key={exhibit.id}>
                      <button type="button" className="exhibit-button" data-exhibit-id={exhibit.id} onClick={() => navigator.goTo({ kind: 'exhibit', id: exhibit.id })}>
                        {exhibit.title}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
