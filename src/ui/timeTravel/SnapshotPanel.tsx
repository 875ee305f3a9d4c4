import { useId } from 'react';
import type { LedgerView } from '../../app/ledgerView';
import { DEFAULT_CHECKPOINT_EVERY } from '../../timeTravel/timeline';
import { useSession, useView } from '../SessionContext';
import { inOnScreenSection, useTableView } from '../tables/onScreen';
import './snapshotPanel.css';

/**
 * Where the state on screen came from: the checkpoint a seek started at, how many events it replayed and
 * how long it took. Turning checkpoints off replays from the first event, which shows what they save.
 */
export function SnapshotPanel() {
  const id = useId();
  const session = useSession();
  const useCheckpoints = useView((view) => view.useCheckpoints);
  const snapshotEvery = useView((view) => view.snapshotEvery);

  return (
    <section aria-labelledby={`${id}-title`} className="panel snapshot-panel">
      <h2 id={`${id}-title`}>Snapshots and checkpoints</h2>
      <SeekOrigin />

      <label className="inline-check">
        <input
          type="checkbox"
          checked={useCheckpoints}
          onChange={(e) => session.setUseCheckpoints(e.target.checked)}
        />
        Use checkpoints
      </label>
      <p className="hint">
        Read-model checkpoints are kept every {DEFAULT_CHECKPOINT_EVERY.toLocaleString('en-US')} events;
        without them every seek replays the log from the first event.
      </p>
      <label htmlFor={`${id}-every`}>Snapshot every</label>
      <input
        id={`${id}-every`}
        type="number"
        min={0}
        step={1}
        value={snapshotEvery}
        onChange={(e) => session.setSnapshotEvery(Number(e.target.value))}
        aria-describedby={`${id}-every-hint`}
      />
      <p id={`${id}-every-hint`} className="hint">
        Events per account between aggregate snapshots (0: none). A command loads its account from the latest
        snapshot plus the events after it.
      </p>
    </section>
  );
}

/**
 * The last seek, described. It follows the view at the turns of the tables (see `OnScreenSection`), not in
 * the frame of the slider, which is far above it on the page.
 */
const SeekOrigin = inOnScreenSection(function SeekOrigin() {
  const lastSeek = useTableView((view) => view.lastSeek);
  const head = useTableView((view) => view.head);
  return (
    <p aria-live="polite" className="seek-origin">
      {describeSeek(lastSeek, head)}
    </p>
  );
});

function describeSeek(lastSeek: LedgerView['lastSeek'], head: number): string {
  if (!lastSeek)
    return 'Move the time-travel slider: this panel then tells where the state came from and what it cost.';
  const at = lastSeek.checkpoint + lastSeek.replayed;
  if (lastSeek.replayed === 0 && at === head) {
    return `The present (#${at}) is served by the live read models, kept up to date as events arrive: nothing to replay.`;
  }
  const origin =
    lastSeek.checkpoint === 0 ? 'the start of the log' : `the checkpoint at #${lastSeek.checkpoint}`;
  return `The view at #${at} was rebuilt from ${origin} by replaying ${lastSeek.replayed.toLocaleString('en-US')} events in ${lastSeek.milliseconds.toFixed(2)} ms.`;
}
