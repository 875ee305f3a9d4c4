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
