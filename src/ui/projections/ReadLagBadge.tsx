import { useSession, useView } from '../SessionContext';
import { describeStoredEvent } from './describeStoredEvent';

/**
 * How far the read side trails the write side, and which written events it has not applied yet: their
 * effect is pending. Says nothing while the read side is caught up.
 */
export function ReadLagBadge() {
  const session = useSession();
  const written = useView((view) => view.written);
  const head = useView((view) => view.head);
  const behind = Math.max(0, written - head);
  // Read on each render: it changes exactly when `written` or `head` does, which re-render this.
  const pending = behind > 0 ? session.pendingEvents() : [];
  return (
    <div className="read-lag" role="status" aria-live="polite">
      {behind > 0 && (
        <>
          <span className="read-lag-badge">
            read model {behind.toLocaleString('en-US')} event{behind === 1 ? '' : 's'} behind
          </span>
          <ul className="pending-events" aria-label="Pending events">
            {pending.slice(-5).map((event) => (
              <li key={event.position}>
                <span className="pending-tag">pending</span> {describeStoredEvent(event)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
