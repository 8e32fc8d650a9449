/**
 * "Guided tour": a button that lists the scene's tours (name and number of stops) and starts the
 * one chosen from its first stop. Absent when the scene has no tours. Escape or a second press
 * closes the list without choosing.
 */
import { useCallback, useId, useRef, useState } from 'react';
import { localizedString, type Tour } from '../../scene';
import { tourStore } from '../../store/tourStore';
import { useLanguage } from '../../store/useLanguage';
import { useTour } from '../../store/useTour';
import { useEscapeToClose } from '../useEscapeToClose';
import { tourStrings } from './tourStrings';
import './tour.css';

export interface TourMenuProps {
  tours: readonly Tour[] | undefined;
}

export function TourMenu({ tours }: TourMenuProps) {
  const [language] = useLanguage();
  const [open, setOpen] = useState(false);
  const openTourId = useTour((state) => state.tourId);
  const listId = useId();
  const menu = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  if (!tours || tours.length === 0) return null;
  const text = tourStrings(language);
  return (
    <div className="tour-menu" ref={menu}>
      <button type="button" className="tour-menu-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {text.guidedTour}
      </button>
      {open ? <TourList id={listId} tours={tours} openTourId={openTourId} label={text.toursLabel} close={close} menu={menu} /> : null}
    </div>
  );
}

interface TourListProps {
  id: string;
  tours: readonly Tour[];
  openTourId: string | undefined;
  label: string;
  close: () => void;
  menu: React.RefObject<HTMLDivElement | null>;
}

/** The open list; mounted only while open, so its Escape listener is too. */
function TourList({ id, tours, openTourId, label, close, menu }: TourListProps) {
  const [language] = useLanguage();
  const text = tourStrings(language);
  useEscapeToClose(close, menu);
  return (
    <ul className="tour-menu-list" id={id} aria-label={label}>
      {tours.map((tour) => (
        <li key={tour.id}>
          <button
            type="button"
            className="tour-menu-option"
            aria-current={tour.id === openTourId ? 'true' : undefined}
            onClick={() => {
              close();
              tourStore.getState().startTour(tour.id);
            }}
          >
            {text.tourOption(localizedString(tour.title, language), tour.stops.length)}
          </button>
        </li>
      ))}
    </ul>
  );
}
