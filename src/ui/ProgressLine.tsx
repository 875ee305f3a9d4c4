import type { Progress } from '../app/ledgerView';

/** A labelled progress bar with the count in words, for long work. */
export function ProgressLine({ label, progress }: { readonly label: string; readonly progress: Progress }) {
  const percent = progress.total === 0 ? 100 : Math.floor((progress.done / progress.total) * 100);
  return (
    <span className="progress-line">
      <progress aria-label={label} max={progress.total || 1} value={progress.done} />
      <span>
        {label}: {percent}% ({progress.done.toLocaleString('en-US')} of{' '}
        {progress.total.toLocaleString('en-US')} events)
      </span>
    </span>
  );
}
