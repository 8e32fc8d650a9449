import { useRef, type ReactNode } from 'react';
import { useLanguage } from '../store/useLanguage';
import { uiStrings } from './strings';
import { useEscapeToClose } from './useEscapeToClose';

export interface DetailPanelProps {
  /** The panel's accessible name ("Selected exhibit", "Selected booth"). */
  label: string;
  /** Its heading: what the panel is about. */
  title: string;
  /** The exhibitor's name, shown under the title (with a tag when the exhibitor is sample data). */
  exhibitorName: string | undefined;
  sample: boolean;
  onClose: () => void;
  /** Extra class and data attributes of the panel (`data-exhibit-id`, `data-booth-id`). */
  className?: string;
  data?: Record<`data-${string}`, string | undefined>;
  children?: ReactNode;
}

/**
 * The shell of the panels over the view (an exhibit's, a booth's): heading, exhibitor line, a ×
 * button, and Escape to close while the panel is the layer with the keyboard. It handles its own
 * keys (`data-own-keys`), so arrows scroll it rather than walk.
 */
export function DetailPanel({ label, title, exhibitorName, sample, onClose, className, data, children }: DetailPanelProps) {
  const [language] = useLanguage();
  const text = uiStrings(language);
  const panel = useRef<HTMLElement>(null);
  useEscapeToClose(onClose, panel);
  return (
    <aside ref={panel} className={className ? `exhibit-panel ${className}` : 'exhibit-panel'} aria-label={label} data-own-keys {...data}>
      <button type="button" className="dismiss exhibit-panel-close" onClick={onClose} aria-label={text.close}>
        ×
      </button>
      <h2 className="exhibit-title">{title}</h2>
      {exhibitorName ? (
        <p className="exhibit-exhibitor">
          {exhibitorName}
          {sample ? <span className="sample-tag">{text.sample}</span> : null}
        </p>
      ) : null}
      {children}
    </aside>
  );
}
