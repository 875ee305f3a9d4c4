import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PositionSpan } from '../../importExport/exportEvents';

interface ExportRangeDialogProps {
  /** The last position of the log. */
  readonly head: number;
  readonly onExport: (range: PositionSpan) => void;
  readonly onClose: () => void;
}

/** Exports positions from…to of the log. */
export default function ExportRangeDialog({ head, onExport, onClose }: ExportRangeDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [from, setFrom] = useState(1);
  const [to, setTo] = useState(Math.max(head, 1));
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (head === 0) return setProblem('The ledger is empty: open an account or load sample data first.');
    if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 1 && from <= to && to <= head))
      return setProblem(`Choose whole positions with 1 ≤ From ≤ To ≤ ${head.toLocaleString('en-US')}.`);
    onExport({ from, to });
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} className="sample-dialog" onClose={onClose}>
      <form onSubmit={submit} aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Export a range of events</h2>
        <p className="hint">
          Positions run from 1 to {head.toLocaleString('en-US')}. Only a range that starts at position 1 can
          be imported again: an import file holds a whole log from its first event.
        </p>
        <div className="sample-fields">
          <label htmlFor={`${id}-from`}>From position</label>
          <input
            id={`${id}-from`}
            type="number"
            min={1}
            max={head}
            value={from}
            onChange={(e) => setFrom(e.target.valueAsNumber)}
            required
          />
          <label htmlFor={`${id}-to`}>To position</label>
          <input
            id={`${id}-to`}
            type="number"
            min={1}
            max={head}
            value={to}
            onChange={(e) => setTo(e.target.valueAsNumber)}
            required
          />
        </div>
        {problem && (
          <p role="alert" className="feedback failed">
            {problem}
          </p>
        )}
        <div className="button-row">
          <button type="submit">Export range</button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </form>
    </dialog>
  );
}
