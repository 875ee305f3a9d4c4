import { useEffect, useId, useRef } from 'react';

interface ReplaceLedgerDialogProps {
  readonly fileName: string;
  /** Events in the ledger now. */
  readonly eventCount: number;
  readonly onReplace: () => void;
  readonly onKeep: () => void;
  /** Called once the dialog has closed, whichever way. */
  readonly onClose: () => void;
}

/** Asks before an import replaces a ledger that holds events. Keeping the ledger is the default (Escape). */
export default function ReplaceLedgerDialog({
  fileName,
  eventCount,
  onReplace,
  onKeep,
  onClose,
}: ReplaceLedgerDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const choice = useRef<'replace' | 'keep'>('keep');

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const close = (chosen: 'replace' | 'keep') => {
    choice.current = chosen;
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      className="sample-dialog"
      onClose={() => {
        if (choice.current === 'replace') onReplace();
        else onKeep();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>Replace the ledger?</h2>
      <p id={`${id}-text`}>
        The ledger holds {eventCount.toLocaleString('en-US')} events. Importing {fileName} replaces all of
        them with the file’s events, once the whole file has been checked. Export the ledger first if you want
        to keep a copy.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => close('replace')}>
          Replace ledger
        </button>
        {/* Focused first: the safe choice. */}
        <button type="button" autoFocus onClick={() => close('keep')}>
          Keep current ledger
        </button>
      </div>
    </dialog>
  );
}
