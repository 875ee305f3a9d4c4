import { useId } from 'react';
import { emptyLedgerFact } from '../../projections/ledgerFact';
import { ProgressLine } from '../ProgressLine';
import { useSession, useView } from '../SessionContext';
import { describeEvent } from './describeEvent';

/**
 * The time machine: a slider over positions 0..N. Arrow keys step one event, Home and End go to the start
 * and the present (the native range input does all of that, accessibly). At the right end it follows the
 * present; anywhere else the whole page shows the past.
 */
export function TimeTravelBar() {
  const id = useId();
  const session = useSession();
  const head = useView((view) => view.head);
  const position = useView((view) => view.position);
  const following = useView((view) => view.followingPresent);
  const lastSeek = useView((view) => view.lastSeek);
  const history = useView((view) => view.history);
  const historyFailure = useView((view) => view.historyFailure);
  const label =
    position > session.log.length
      ? `#${position}`
      : describeEvent(position > 0 ? session.log.factAt(position, emptyLedgerFact()) : undefined);
  return (
    <section className={`time-travel${following ? '' : ' in-the-past'}`} aria-labelledby={`${id}-label`}>
      <div className="time-travel-head">
        <label id={`${id}-label`} htmlFor={`${id}-slider`}>
          Time travel
        </label>
        <output htmlFor={`${id}-slider`} className="time-travel-position">
          {following ? `Present · ${label}` : label}
        </output>
        {!following && (
          <button type="button" onClick={() => session.returnToPresent()}>
            Return to present
          </button>
        )}
      </div>
      <input
        id={`${id}-slider`}
        type="range"
        min={0}
        max={head}
        step={1}
        value={position}
        aria-valuemin={0}
        aria-valuemax={head}
        aria-valuenow={position}
        aria-valuetext={label}
        onChange={(event) => session.seek(Number(event.target.value))}
        disabled={head === 0 || history !== null || historyFailure !== null}
      />
      <p className="time-travel-note">
        {history && <ProgressLine label="Loading the history for time travel" progress={history} />}
        {historyFailure}
        {history || historyFailure
          ? null
          : head === 0
            ? 'Issue a command to start the log; then drag here to replay it.'
            : `${position.toLocaleString('en-US')} of ${head.toLocaleString('en-US')} events`}
        {lastSeek && !following && (
          <span>
            {' '}
            · rebuilt from the checkpoint at #{lastSeek.checkpoint} plus {lastSeek.replayed} events in{' '}
            {lastSeek.milliseconds.toFixed(1)} ms
          </span>
        )}
      </p>
    </section>
  );
}
