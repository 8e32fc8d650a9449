import { countBySeverity, MAX_DIAGNOSTICS, type Diagnostic, type DiagnosticCounts } from '../scene';
import { useLanguage } from '../store/useLanguage';
import { DiagnosticList } from './DiagnosticList';
import { LanguageToggle } from './LanguageToggle';
import { panelStrings } from './panels/panelStrings';
import './panels/panels.css';
import { uiStrings } from './strings';

export interface ErrorScreenProps {
  file: string;
  /** The validator's list: already cut at its cap, each message already cut to a readable length. */
  diagnostics: readonly Diagnostic[];
  /** Every problem the validator found, also those beyond the cap; counted from `diagnostics` if left out. */
  totals?: DiagnosticCounts;
  /** Why the file could not be read at all; shown instead of diagnostics. */
  loadError: string | undefined;
  /** The curator's hint (`npm run validate`): on the dev server only, never to visitors of the built site. */
  showCuratorHint?: boolean;
}

/**
 * Shown instead of the 3D view when the scene cannot be loaded or has errors: the same messages as
 * `npm run validate`, and, when the list was cut, how many it shows of how many (issue 11: a list
 * that stopped at 200 read as "200 errors"). The list is sliced to the cap again here so that the
 * screen stays fast whatever it is handed.
 *
 * A visitor of the built site reads first a plain line (try again later); the validator's list
 * follows under a heading that says it is for the organisers, who need it when a deployed file is
 * broken. The hint to run `npm run validate` is for curators at their dev server only (issue 12).
 */
export function ErrorScreen({ file, diagnostics, totals, loadError, showCuratorHint = import.meta.env.DEV }: ErrorScreenProps) {
  const [language] = useLanguage();
  const text = uiStrings(language);
  const panelText = panelStrings(language);
  const { errors, warnings } = totals ?? countBySeverity(diagnostics);
  const shown = diagnostics.length > MAX_DIAGNOSTICS ? diagnostics.slice(0, MAX_DIAGNOSTICS) : diagnostics;
  const cut = shown.length < errors + warnings;
  return (
    <main className="error-screen" role="alert" data-testid="error-screen">
      <div className="error-card">
        <div className="error-heading">
          <h1>{loadError ? text.loadErrorTitle : text.errorTitle}</h1>
          <LanguageToggle />
        </div>
        <p className="error-visitor">{panelText.errorVisitor}</p>
        <h2 className="error-details">{panelText.errorDetails}</h2>
        <p className="error-file">
          <code>{file}</code>
          {loadError ? null : <span className="error-summary"> — {text.errorSummary(errors, warnings)}</span>}
        </p>
        {loadError ? <p className="load-error">{loadError}</p> : null}
        {!loadError && cut ? (
          <p className="error-shown" data-testid="error-shown">
            {text.diagnosticsShown(shown.length, errors, warnings)}
          </p>
        ) : null}
        {shown.length > 0 ? <DiagnosticList file={file} diagnostics={shown} atLabel={text.at} severityLabels={text.severity} /> : null}
        {loadError || !showCuratorHint ? null : <p className="error-hint">{text.hint}</p>}
      </div>
    </main>
  );
}
