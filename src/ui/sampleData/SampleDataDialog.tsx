import { useEffect, useId, useRef, useState } from 'react';
import { loadTextbookStories } from '../../app/sampleData/loadSampleData';
import { useSession } from '../SessionContext';
import { RandomLedgerForm } from './RandomLedgerForm';

type Outcome = { readonly kind: 'done' | 'failed'; readonly message: string };

/** Sample data: the textbook stories, or a generated ledger of up to a million events. */
export default function SampleDataDialog({ onClose }: { readonly onClose: () => void }) {
  const id = useId();
  const session = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ kind: 'done', message: await work() });
    } catch (error) {
      setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      className="sample-dialog"
      onClose={onClose}
      onCancel={(event) => busy && event.preventDefault()}
    >
      <h2 id={`${id}-title`}>Sample data</h2>
      <section aria-labelledby={`${id}-stories`}>
        <h3 id={`${id}-stories`}>The textbook stories</h3>
        <p>
          ACC opened at 0, +1,000, −200, −50; an account opened with 1,000, +500, −200; then a transfer of 250
          from the second to the first. Issued as commands.
        </p>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => (await loadTextbookStories(session), 'The textbook stories were added.'))
          }
        >
          Load the textbook stories
        </button>
      </section>
      <RandomLedgerForm busy={busy} run={run} />
      {outcome && (
        <p
          role={outcome.kind === 'failed' ? 'alert' : 'status'}
          className={`feedback ${outcome.kind === 'failed' ? 'failed' : 'done'}`}
        >
          {outcome.message}
        </p>
      )}
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => dialog.current?.close()}>
          Close sample data
        </button>
      </div>
    </dialog>
  );
}
