import { formatJsonPath, type Diagnostic, type Severity } from '../scene';

export interface DiagnosticListProps {
  file: string;
  diagnostics: readonly Diagnostic[];
  /** Word before the JSON path, in the label language. */
  atLabel: string;
  /** "error" and "warning" in the label language. */
  severityLabels: Record<Severity, string>;
}

/** Each diagnostic as `file:line:column`, its message and its JSON path, all as plain text. */
export function DiagnosticList({ file, diagnostics, atLabel, severityLabels }: DiagnosticListProps) {
  return (
    <ol className="diagnostics">
      {diagnostics.map((diagnostic, index) => (
        <li key={index} className={`diagnostic diagnostic-${diagnostic.severity}`}>
          <span className="diagnostic-location">
            {file}:{diagnostic.line}:{diagnostic.column}
          </span>{' '}
          <span className="diagnostic-severity">{severityLabels[diagnostic.severity]}</span>{' '}
          <span className="diagnostic-message">{diagnostic.message}</span>{' '}
          <span className="diagnostic-path">
            ({atLabel} <code>{formatJsonPath(diagnostic.path)}</code>)
          </span>
        </li>
      ))}
    </ol>
  );
}
