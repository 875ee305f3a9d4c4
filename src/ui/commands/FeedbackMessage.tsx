import type { Feedback } from './useCommandRunner';

/** Refusals and failures are alerts (announced at once); a success is a polite status. */
export function FeedbackMessage({ feedback }: { readonly feedback: Feedback | null }) {
  if (!feedback) return <p role="status" className="feedback" />;
  if (feedback.kind === 'done') {
    return (
      <p role="status" className="feedback done">
        {feedback.message}
      </p>
    );
  }
  return (
    <p role="alert" className={`feedback ${feedback.kind}`}>
      {feedback.kind === 'failed' && <strong>Storage problem: </strong>}
      {feedback.message}
    </p>
  );
}
