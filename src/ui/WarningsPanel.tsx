import { useState } from 'react';
import type { Diagnostic } from '../scene';
import { useLanguage } from '../store/useLanguage';
import { DiagnosticList } from './DiagnosticList';
import { uiStrings } from './strings';

export interface WarningsPanelProps {
  file: string;
  warnings: readonly Diagnostic[];
}

/** The warnings of a scene that can be shown, in a small panel over the 3D view until dismissed. */
export function WarningsPanel({ file, warnings }: WarningsPanelProps) {
  const [language] = useLanguage();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || warnings.length === 0) return null;
  const text = uiStrings(language);
  return (
    <aside className="warnings-panel" role="status" data-testid="warnings-panel">
      <div className="warnings-heading">
        <h2>{text.warningsTitle(warnings.length)}</h2>
        <button type="button" className="dismiss" onClick={() => setDismissed(true)} aria-label={text.dismiss} title={text.dismiss}>
          ×
        </button>
      </div>
      <DiagnosticList file={file} diagnostics={warnings} atLabel={text.at} severityLabels={text.severity} />
    </aside>
  );
}
