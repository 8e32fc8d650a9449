import { useMemo, useState } from 'react';
import type { Diagnostic, Exhibit } from '../scene';
import type { ModelWarning } from '../store/modelStore';
import { useLanguage } from '../store/useLanguage';
import { DiagnosticList } from './DiagnosticList';
import { indexModelUsers, modelNoticeText } from './modelNotice';
import { uiStrings } from './strings';

export interface WarningsPanelProps {
  file: string;
  /** The validator's warnings: at most its cap (200), the first in the file. */
  warnings: readonly Diagnostic[];
  /** Every warning the validator found, also those beyond the cap (`warnings.length` if left out). */
  warningTotal?: number;
  /** One per model with a file that could not be loaded. */
  modelWarnings?: readonly ModelWarning[];
  /** The scene's exhibits: a model's notice names the exhibits shown with it. */
  exhibits?: readonly Exhibit[];
  /**
   * Show each model's technical causes (file, error) under its notice: for curators on the dev
   * server (the default there), never for visitors of a built site, who get the console only.
   */
  showCauses?: boolean;
}

/**
 * The warnings of a scene that can be shown, and the models that could not be loaded, in a small
 * panel over the 3D view until dismissed. Model warnings arrive while the halls are already shown;
 * each tells visitors which exhibits show a stand-in, in their language.
 */
export function WarningsPanel({ file, warnings, warningTotal = warnings.length, modelWarnings = [], exhibits = [], showCauses = import.meta.env.DEV }: WarningsPanelProps) {
  const [language] = useLanguage();
  const [dismissed, setDismissed] = useState(false);
  const users = useMemo(() => indexModelUsers(exhibits), [exhibits]);
  if (dismissed || warnings.length + modelWarnings.length === 0) return null;
  const text = uiStrings(language);
  return (
    // Its own keys: arrows and Page keys scroll a long list here instead of walking.
    <aside className="warnings-panel" role="status" data-testid="warnings-panel" data-own-keys>
      <div className="warnings-heading">
        <h2>{warnings.length > 0 ? text.warningsTitle(warningTotal) : text.modelWarningsTitle(modelWarnings.length)}</h2>
        <button type="button" className="dismiss" onClick={() => setDismissed(true)} aria-label={text.dismiss} title={text.dismiss}>
          ×
        </button>
      </div>
      {warnings.length < warningTotal ? <p className="warnings-shown">{text.diagnosticsShown(warnings.length, 0, warningTotal)}</p> : null}
      {warnings.length > 0 ? <DiagnosticList file={file} diagnostics={warnings} atLabel={text.at} severityLabels={text.severity} /> : null}
      {modelWarnings.length > 0 ? (
        <section className="model-warnings" data-testid="model-warnings">
          {warnings.length > 0 ? <h3>{text.modelWarningsTitle(modelWarnings.length)}</h3> : null}
          <ul>
            {modelWarnings.map((warning) => (
              <li key={warning.modelId} className="model-warning" data-model-id={warning.modelId}>
                <span className="model-notice">{modelNoticeText(users.get(warning.modelId), text, language)}</span>
                {showCauses ? (
                  <details className="model-causes">
                    <summary>{text.modelCauses}</summary>
                    <ul>
                      {warning.causes.map((cause, index) => (
                        <li key={index}>{cause}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}
