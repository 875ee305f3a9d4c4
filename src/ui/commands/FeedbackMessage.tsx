import { useView } from '../SessionContext';
import type { Feedback } from './useCommandRunner';

const PREFIX: Partial<Record<Feedback['kind'], string>> = {
  failed: 'Storage problem: ',
  attention: 'Needs attention: ',
};

/** Refusals, failures and money needing attention are alerts (announced at once); a success is a polite status. */
export function FeedbackMessage({ feedback }: { readonly feedback: Feedback | null }) {
  if (!feedback) return <p role="status" className="feedback" />;
  if (feedback.kind === 'done') {
    return (
      <p role="status" className="feedback done">
        {feedback.message}
        {feedback.position !== undefined && <PendingNote position={feedback.position} />}
      </p>
    );
  }
  const prefix = PREFIX[feedback.kind];
  return (
    <p role="alert" className={`feedback ${feedback.kind === 'attention' ? 'failed' : feedback.kind}`}>
      {prefix && <strong>{prefix}</strong>}
      {feedback.message}
    </p>
  );
}

/**
 * While the read side trails the write side (simulated read lag), a recorded command is not yet in the read
 * models: says so until they catch up, so that tables that do not show it yet are not taken for a loss.
 */
function PendingNote({ position }: { readonly position: number }) {
  const pending = useView((view) => view.head < position);
  return pending ? (
    <span className="pending-note"> Pending: the read model has not caught up yet.</span>
  ) : null;
}
