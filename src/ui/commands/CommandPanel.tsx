import { useId, useState } from 'react';
import { useView } from '../SessionContext';
import { AccountOperationsForm } from './AccountOperationsForm';
import { FeedbackMessage } from './FeedbackMessage';
import { OpenAccountForm } from './OpenAccountForm';
import { ResumedTransfers } from './ResumedTransfers';
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
      <WhereNote inThePast={inThePast} pastId={`${id}-past`} />
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
      <OpenAccountForm
        runner={runner}
        disabled={inThePast}
        describedBy={inThePast ? `${id}-past` : undefined}
      />
      <AccountOperationsForm
        runner={runner}
        disabled={inThePast}
        describedBy={inThePast ? `${id}-past` : undefined}
      />
      <FeedbackMessage feedback={runner.feedback} />
      <ResumedTransfers />
    </section>
  );
}

/**
 * Says where the time machine stands. Both texts share one grid cell and the one that does not apply is
 * hidden: the note is always as tall as the taller, so leaving the present by dragging the slider restyles
 * two paragraphs instead of laying the panel (and the page's grid) out again. It alone in the panel follows
 * the position, so a seek redraws it alone. The past text's id (`pastId`) describes the forms while they are
 * unavailable.
 */
function WhereNote({ inThePast, pastId }: { readonly inThePast: boolean; readonly pastId: string }) {
  const position = useView((view) => view.position);
  return (
    <div className={`where-note${inThePast ? ' in-the-past' : ''}`}>
      <p className={inThePast ? 'standby' : undefined}>
        You are at the present: every command you issue appends events to the log, and every view folds them.
      </p>
      <p id={pastId} className={inThePast ? undefined : 'standby'}>
        You are looking at the ledger as it was after event #{position}. The past cannot be changed: return to
        the present to issue commands.
      </p>
    </div>
  );
}
