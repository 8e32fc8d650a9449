import { useNavigator } from '../NavigatorContext';

export interface ExhibitButtonsProps {
  exhibits: readonly { id: string; title: string }[];
  /** The list's accessible name ("Exhibits at booth A-101"). */
  label: string;
  className?: string;
}

/** A list of exhibits, each a button that walks the visitor up to it (booth and exhibitor panels). */
export function ExhibitButtons({ exhibits, label, className = 'booth-panel-exhibits' }: ExhibitButtonsProps) {
  const navigator = useNavigator();
  return (
    <ul className={className} aria-label={label}>
      {exhibits.map((exhibit) => (
        <li key={exhibit.id}>
          <button type="button" className="exhibit-button" onClick={() => navigator.goTo({ kind: 'exhibit', id: exhibit.id }, { travel: 'walk' })}>
            {exhibit.title}
          </button>
        </li>
      ))}
    </ul>
  );
}
