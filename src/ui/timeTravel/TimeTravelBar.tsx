import { useId } from 'react';
import { emptyLedgerFact } from '../../projections/ledgerFact';
import { ProgressLine } from '../ProgressLine';
import { useSession, useView } from '../SessionContext';
import { AsOfField } from './AsOfField';
import { describeEvent } from './describeEvent';
import { PlaybackControls } from './PlaybackControls';
import { ShortcutsHelp, useTimeMachineShortcuts, useToggle } from './ShortcutsHelp';
import { useDeepLink } from './useDeepLink';
import { usePlayback } from './usePlayback';
import { useWhatIf } from './whatIfContext';

/**
 * The time machine: a slider over positions 0..N (arrow keys step one event, Home and End go to the start
 * and the present: the native range input does that, accessibly), playback, jumps by time, and the doors
 * to what-if timelines. At the right end it follows the present; anywhere else the page shows the past.
 */
export function TimeTravelBar() {
  const id = useId();
  const session = useSession();
  const whatIf = useWhatIf();
  const head = useView((view) => view.head);
  const position = useView((view) => view.position);
  const following = useView((view) => view.followingPresent);
  const history = useView((view) => view.history);
  const historyFailure = useView((view) => view.historyFailure);
  const playback = usePlayback();
  const [helpOpen, toggleHelp] = useToggle();
  useTimeMachineShortcuts(playback, session.returnToPresent, toggleHelp);
  useDeepLink();
  const unavailable = head === 0 || history !== null || historyFailure !== null;
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
        {/* Hidden, not removed, while following: the bar keeps its height, so leaving the present by
            dragging does not lay the page out again (nor move it under the reader). */}
        <button
          type="button"
          className={following ? 'standby' : undefined}
          onClick={() => session.returnToPresent()}
        >
          Return to present
        </button>
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
        disabled={unavailable}
      />
      <div className="time-travel-tools">
        <PlaybackControls playback={playback} disabled={unavailable} />
        <AsOfField disabled={unavailable} />
        <div className="what-if-doors" role="group" aria-label="What if">
          <button type="button" disabled={unavailable} onClick={() => whatIf.branchFrom(position)}>
            Branch from here
          </button>
          <button
            type="button"
            disabled={unavailable || position === 0}
            onClick={() => whatIf.skip(position)}
          >
            Skip event
          </button>
        </div>
        <ShortcutsHelp open={helpOpen} onToggle={toggleHelp} />
      </div>
      <p className="time-travel-note">
        {history && <ProgressLine label="Loading the history for time travel" progress={history} />}
        {historyFailure}
        {history || historyFailure
          ? null
          : head === 0
            ? 'Issue a command to start the log; then drag here to replay it.'
            : `${position.toLocaleString('en-US')} of ${head.toLocaleString('en-US')} events`}
      </p>
    </section>
  );
}
