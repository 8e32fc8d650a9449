import { useEffect, useRef, type ReactNode } from 'react';
import { useLanguage } from '../store/useLanguage';
import { takePanelFocus } from './panels/panelFocus';
import { panelStrings } from './panels/panelStrings';
import { uiStrings } from './strings';
import { useEscapeToClose } from './useEscapeToClose';
import './panels/panels.css';

export interface DetailPanelProps {
  /** The panel's accessible name ("Selected exhibit", "Selected booth", "Selected exhibitor"). */
  label: string;
  /** Its heading: what the panel is about. */
  title: string;
  /** The exhibitor's name, shown under the title (tagged "illustrative" when the exhibitor is sample data). */
  exhibitorName: string | undefined;
  sample: boolean;
  /** Given, the exhibitor's name is a button that opens the exhibitor's panel. */
  onExhibitor?: (() => void) | undefined;
  onClose: () => void;
  /**
   * The panel's key for `requestPanelFocus` (`exhibitor:<id>`, `booth:<id>`): when a button in
   * another panel opened this one, the keyboard moves to its heading (`panelFocus.ts`).
   */
  focusKey: string;
  /** Extra class and data attributes of the panel (`data-exhibit-id`, `data-booth-id`). */
  className?: string;
  data?: Record<`data-${string}`, string | undefined>;
  children?: ReactNode;
}

/**
 * The shell of the panels over the view (an exhibit's, a booth's, an exhibitor's): a complementary
 * region named in the visitor's language, heading, exhibitor line, a × button, and Escape to close
 * while the panel is the layer with the keyboard. It handles its own keys (`data-own-keys`), so
 * arrows scroll it rather than walk.
 */
export function DetailPanel({ label, title, exhibitorName, sample, onExhibitor, onClose, focusKey, className, data, children }: DetailPanelProps) {
  const [language] = useLanguage();
  const text = uiStrings(language);
  const panelText = panelStrings(language);
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEscapeToClose(onClose, panel);
  useEffect(() => {
    if (takePanelFocus(focusKey)) heading.current?.focus();
  }, [focusKey]);
  return (
    <aside ref={panel} className={className ? `exhibit-panel ${className}` : 'exhibit-panel'} aria-label={label} data-own-keys {...data}>
      <button type="button" className="dismiss exhibit-panel-close" onClick={onClose} aria-label={text.close}>
        ×
      </button>
      <h2 className="exhibit-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {exhibitorName ? (
        <p className="exhibit-exhibitor">
          {onExhibitor ? (
            <button type="button" className="exhibitor-button" onClick={onExhibitor} title={panelText.aboutExhibitor(exhibitorName)}>
              {exhibitorName}
              <span aria-hidden="true">{' ›'}</span>
            </button>
          ) : (
            exhibitorName
          )}
          {sample ? (
            <span className="sample-tag" title={panelText.illustrativeHint}>
              {panelText.illustrative}
            </span>
          ) : null}
        </p>
      ) : null}
      {children}
    </aside>
  );
}
