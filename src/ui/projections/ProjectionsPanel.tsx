import { useId } from 'react';
import { useStore } from 'zustand';
import type { ProjectionEntry } from '../../app/projections/projectionsView';
import type { AddedProjectionKey } from '../../projections/addedProjections';
import { ProgressLine } from '../ProgressLine';
import { useSession, useView } from '../SessionContext';
import { ReadLagControls } from './ReadLagControls';

/**
 * Every read model the app has, with its checkpoint, how far it trails the log, its status and its last
 * rebuild. Any of them can be rebuilt from the log; one can be registered later and built from history.
 */
export function ProjectionsPanel() {
  const id = useId();
  const session = useSession();
  const entries = useStore(session.projections.view, (view) => view.entries);
  const written = useView((view) => view.written);
  const historyLoading = useView((view) => view.history !== null);
  return (
    <section aria-labelledby={`${id}-title`} className="panel projections-panel">
      <h2 id={`${id}-title`}>Projections</h2>
      <p className="hint">
        Each read model is a fold of the log. Rebuild one to fold it again from the first event; register one
        later and it is built from the whole history, as if it had always been there.
      </p>
      <ReadLagControls />
      <div className="table-scroll">
        <table className="projections-table">
          <caption className="visually-hidden">Projections and their state</caption>
          {/* Fixed widths: progress text changing as a rebuild runs must not move the Cancel button. */}
          <colgroup>
            {[16, 12, 13, 9, 21, 10, 19].map((percent, index) => (
              <col key={index} style={{ width: `${percent}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Projection</th>
              <th scope="col">Registered</th>
              <th scope="col" className="numeric">
                Checkpoint
              </th>
              <th scope="col" className="numeric">
                Lag (events)
              </th>
              <th scope="col">Status</th>
              <th scope="col" className="numeric">
                Last rebuild
              </th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <ProjectionRow
                key={entry.key}
                entry={entry}
                written={written}
                historyLoading={historyLoading}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface RowProps {
  readonly entry: ProjectionEntry;
  readonly written: number;
  readonly historyLoading: boolean;
}

function ProjectionRow({ entry, written, historyLoading }: RowProps) {
  const { projections } = useSession();
  const registered = entry.registered !== 'no';
  const busy = entry.status === 'building' || entry.status === 'rebuilding';
  const lag = registered ? Math.max(0, written - entry.checkpoint) : null;
  return (
    <tr>
      <th scope="row">
        {entry.name}
        <span className="hint"> folded {entry.folded}</span>
      </th>
      <td>{entry.registered === 'no' ? 'not yet' : entry.registered}</td>
      <td className="numeric">{registered ? `#${entry.checkpoint.toLocaleString('en-US')}` : '—'}</td>
      <td className="numeric">{lag === null ? '—' : lag.toLocaleString('en-US')}</td>
      <td>
        {entry.progress ? (
          <ProgressLine label={`${capitalised(entry.status)} ${entry.name}`} progress={entry.progress} />
        ) : (
          entry.status
        )}
        {entry.message && (
          <span role="status" className="projection-message">
            {entry.message}
          </span>
        )}
      </td>
      <td className="numeric">
        {entry.lastRebuildMilliseconds === null ? '—' : `${entry.lastRebuildMilliseconds.toFixed(0)} ms`}
      </td>
      <td className="projection-actions">
        {/* Stays in place (aria-disabled, not disabled) while busy, so that keyboard focus is never lost. */}
        <button
          type="button"
          aria-disabled={busy || (registered && historyLoading && entry.folded === 'with the timeline')}
          onClick={() => {
            if (busy) return;
            if (registered) void projections.rebuild(entry.key);
            else void projections.register(entry.key as AddedProjectionKey);
          }}
        >
          {registered ? 'Rebuild' : 'Register'} {entry.name}
        </button>
        {busy && (
          <button type="button" onClick={() => projections.cancel(entry.key)}>
            Cancel {entry.status} {entry.name}
          </button>
        )}
        {entry.registered === 'later' && !busy && (
          <button type="button" onClick={() => projections.unregister(entry.key as AddedProjectionKey)}>
            Unregister {entry.name}
          </button>
        )}
      </td>
    </tr>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
