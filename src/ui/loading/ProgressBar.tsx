import './loading.css';

export interface ProgressBarProps {
  /** 0…100. */
  percent: number;
  /** Accessible name. */
  label: string;
  /** The value in words (`aria-valuetext`), e.g. "63 %". */
  valueText: string;
  className?: string;
}

/**
 * A determinate progress bar: a `div` with `role="progressbar"` rather than `<progress>`, whose
 * look differs per browser and cannot be restyled in all of them; the fill is a transform, so
 * an update repaints without layout.
 */
export function ProgressBar({ percent, label, valueText, className }: ProgressBarProps) {
  return (
    <div
      className={['progress-bar', className ?? ''].join(' ').trim()}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <div className="progress-bar-fill" style={{ transform: `scaleX(${percent / 100})` }} />
    </div>
  );
}
