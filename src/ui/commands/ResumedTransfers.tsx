import { useEffect, useState } from 'react';
import { describeTransfer } from '../../commands/transfer/describeTransfer';
import { resumeTransfers } from '../../app/transfer/runTransfer';
import { useSession, useView } from '../SessionContext';

/**
 * Finishes, once the ledger is ready, the transfers that were interrupted after their withdrawal (a tab
 * closed mid-way), and says what became of each: nothing moved out of an account is left unaccounted for.
 */
export function ResumedTransfers() {
  const session = useSession();
  const ready = useView((view) => view.status === 'ready' && view.history === null);
  const [messages, setMessages] = useState<readonly string[]>([]);
  useEffect(() => {
    if (!ready) return;
    let current = true;
    resumeTransfers(session).then(
      (states) => current && setMessages(states.map((state) => describeTransfer(state).message)),
      (error: unknown) =>
        current &&
        setMessages([
          `A transfer interrupted earlier could not be finished yet (${error instanceof Error ? error.message : String(error)}); it will be tried again on the next visit.`,
        ]),
    );
    return () => {
      current = false;
    };
  }, [session, ready]);
  if (messages.length === 0) return null;
  return (
    <div role="status" className="feedback resumed-transfers">
      <p>A transfer was interrupted when its page closed, after its withdrawal. It has now been finished:</p>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
