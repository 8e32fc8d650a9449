import { useState } from 'react';
import type { Diagnostic } from '../scene';
import { useLanguage } from '../store/useLanguage';
import { DiagnosticList } from './DiagnosticList';
import { uiStrings } from './strings';

export interface WarningsPanelProps {
  file: string;
  warnings: readonly Diagnostic[];
  /** One plain-text sentence per model with a file that could not be loaded. */
  modelWarnings?: readonly string[];
}

/**
 * The warnings of a scene that can be shown, and the models that could not be loaded, in a small
 * panel over the 3D view until dismissed. Model warnings arrive while the halls are already shown.
 */
export function WarningsPanel({ file, warnings, modelWarnings = [] }: WarningsPanelProps) {
  const [language] = useLanguage();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || warnings.length + modelWarnings.length === 0) return null;
  const text = uiStrings(language);
  return (
    // Its own keys: arrows and Page keys scroll a long list here instead of walking.
    <aside className="warnings-panel" role="status" data-testid="warnings-panel" data-own-keys>
      <div className="warnings-heading">
        <h2>{warnings.length > 0 ? text.warningsTitle(warnings.length) : text.modelWarningsTitle(modelWarnings.length)}</h2>
        <button type="button" className="dismiss" onClick={() => setDismissed(true)} aria-label={text.dismiss} title={text.dismiss}>
          ×
        </button>
      </div>
      {warnings.length > 0 ? <DiagnosticList file={file} diagnostics={warnings} atLabel={text.at} severityLabels={text.severity} /> : null}
      {modelWarnings.length > 0 ? (
        <section className="model-warnings" data-testid="model-warnings">
          {warnings.length > 0 ? <h3>{text.modelWarningsTitle(modelWarnings.length)}</h3> : null}
          <ul>
            {modelWarnings.map((message) => (
              <li key={message} className="model-warning">
                {message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}
