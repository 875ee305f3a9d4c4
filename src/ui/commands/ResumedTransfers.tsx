import { useEffect, useState } from 'react';
import { describeTransfer, type TransferOutcome } from '../../commands/transfer/describeTransfer';
import { resumeTransfers } from '../../app/transfer/runTransfer';
import { useSession, useView } from '../SessionContext';

type Report = { readonly outcomes: readonly TransferOutcome[] } | { readonly failure: string };

/**
 * Finishes, once the ledger is ready, the transfers that were interrupted after their withdrawal (a page
 * closed half-way), and says what became of each. The live region is always there, so that what it comes to
 * say is read out; a transfer that could not be finished at all is an alert.
 */
export function ResumedTransfers() {
  const session = useSession();
  const ready = useView((view) => view.status === 'ready' && view.history === null);
  const [report, setReport] = useState<Report | null>(null);
  useEffect(() => {
    if (!ready) return;
    let current = true;
    resumeTransfers(session).then(
      (states) => current && states.length > 0 && setReport({ outcomes: states.map(describeTransfer) }),
      (error: unknown) =>
        current && setReport({ failure: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [session, ready]);
  const stranded =
    report && 'outcomes' in report && report.outcomes.some((outcome) => outcome.kind === 'stranded');
  return (
    <div role={stranded ? 'alert' : 'status'} className="resumed-transfers">
      {report && 'failure' in report && (
        <p>
          A transfer interrupted on an earlier visit could not be finished yet ({report.failure}). It will be
          tried again on the next visit.
        </p>
      )}
      {report && 'outcomes' in report && (
        <>
          <p>A transfer was interrupted after its withdrawal (its page closed). What became of it:</p>
          <ul>
            {report.outcomes.map((outcome) => (
              <li key={outcome.message}>{outcome.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
