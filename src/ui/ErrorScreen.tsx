import { countBySeverity, type Diagnostic } from '../scene';
import { useLanguage } from '../store/useLanguage';
import { DiagnosticList } from './DiagnosticList';
import { LanguageToggle } from './LanguageToggle';
import { uiStrings } from './strings';

export interface ErrorScreenProps {
  file: string;
  diagnostics: readonly Diagnostic[];
  /** Why the file could not be read at all; shown instead of diagnostics. */
  loadError: string | undefined;
}

/** Shown instead of the 3D view when the scene cannot be loaded or has errors. */
export function ErrorScreen({ file, diagnostics, loadError }: ErrorScreenProps) {
  const [language] = useLanguage();
  const text = uiStrings(language);
  const { errors, warnings } = countBySeverity(diagnostics);
  return (
    <main className="error-screen" role="alert" data-testid="error-screen">
      <div className="error-card">
        <div className="error-heading">
          <h1>{loadError ? text.loadErrorTitle : text.errorTitle}</h1>
          <LanguageToggle />
        </div>
        <p className="error-file">
          <code>{file}</code>
          {loadError ? null : <span className="error-summary"> — {text.errorSummary(errors, warnings)}</span>}
        </p>
        {loadError ? <p className="load-error">{loadError}</p> : null}
        {diagnostics.length > 0 ? <DiagnosticList file={file} diagnostics={diagnostics} atLabel={text.at} severityLabels={text.severity} /> : null}
        {loadError ? null : <p className="error-hint">{text.hint}</p>}
      </div>
    </main>
  );
}
