import { useId, useState } from 'react';
import { useView } from '../SessionContext';
import { AccountOperationsForm } from './AccountOperationsForm';
import { FeedbackMessage } from './FeedbackMessage';
import { OpenAccountForm } from './OpenAccountForm';
import { useCommandRunner } from './useCommandRunner';

/** The write side: commands go in here, and only while the present is shown. */
export function CommandPanel() {
  const id = useId();
  const [actor, setActor] = useState('teller');
  const runner = useCommandRunner(actor.trim());
  const inThePast = useView((view) => !view.followingPresent);
  return (
    <section className="command-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Commands
      </h2>
      {inThePast && <PastNote id={`${id}-past`} />}
      <label htmlFor={`${id}-actor`} className="actor-field">
        Acting as
        <input
          id={`${id}-actor`}
          value={actor}
          onChange={(e) => setActor(e.target.value)}
          maxLength={60}
          autoComplete="off"
        />
      </label>
      <OpenAccountForm runner={runner} disabled={inThePast} />
      <AccountOperationsForm runner={runner} disabled={inThePast} />
      <FeedbackMessage feedback={runner.feedback} />
    </section>
  );
}

/** Says where the time machine stands; alone in following the position, so a seek redraws it alone. */
function PastNote({ id }: { readonly id: string }) {
  const position = useView((view) => view.position);
  return (
    <p className="past-note" id={id}>
      You are looking at the ledger as it was after event #{position}. The past cannot be changed: return to
      the present to issue commands.
    </p>
  );
}
