import type { ImportProgress } from '../../app/importExport/runImport';

const PHASE_TEXT: Record<ImportProgress['phase'] | 'exporting', string> = {
  checking: 'Checking the file',
  writing: 'Writing the ledger',
  exporting: 'Exporting events',
};

export interface OperationState {
  readonly phase: keyof typeof PHASE_TEXT;
  readonly done: number;
  readonly total: number;
}

/** A labelled progress bar, what is happening in words, and the way to stop it. */
export function OperationProgress({
  label,
  state,
  onCancel,
}: {
  readonly label: string;
  readonly state: OperationState;
  readonly onCancel: () => void;
}) {
  const percent = state.total === 0 ? 0 : Math.min(100, Math.floor((state.done / state.total) * 100));
  const unit =
    state.phase === 'checking' ? 'of the file read' : `of ${state.total.toLocaleString('en-US')} events`;
  return (
    <span className="operation-progress">
      <progress aria-label={label} max={100} value={percent} />
      <span>
        {PHASE_TEXT[state.phase]}: {percent}% {unit}
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </span>
  );
}
