import type { Outcome } from './outcome';

/** Refusals and failures are alerts, announced at once; the rest are polite statuses. */
export function OutcomeMessage({ outcome }: { readonly outcome: Outcome | null }) {
  if (outcome === null) return null;
  const alert = outcome.kind === 'refused' || outcome.kind === 'failed';
  return (
    <p
      role={alert ? 'alert' : 'status'}
      className={`feedback import-export-outcome ${alert ? 'failed' : 'done'}`}
    >
      {outcome.message}
    </p>
  );
}
