import type { CommandNode, EventNode } from '../../app/audit/causationTree';
import type { StoredEvent } from '../../eventStore/types';
import { JumpButton } from '../tables/JumpButton';
import { useTableView } from '../tables/onScreen';
import { shortId, summarizeEvent } from '../eventText';
import { TimeCell } from '../tables/TimeCell';

/** A deposit back into the stream a withdrawal left, in reaction to it: the transfer policy's refund. */
const isRefund = (event: StoredEvent, cause: StoredEvent | undefined): boolean =>
  cause !== undefined &&
  cause.type === 'MoneyWithdrawn' &&
  event.type === 'MoneyDeposited' &&
  event.streamId === cause.streamId;

/** A command: who issued it and when (from its events' metadata), then the events it appended. */
export function CommandItem({ node, cause }: { readonly node: CommandNode; readonly cause?: StoredEvent }) {
  const first = node.events[0]?.event.metadata;
  return (
    <li className="chain-command">
      <span className="chain-label">
        Command <code title={node.commandId}>{shortId(node.commandId)}</code>
        {first?.actor && <> by {first.actor}</>}
        {first && (
          <>
            , <TimeCell milliseconds={Date.parse(first.recordedAt)} />
          </>
        )}
        {node.refusal && <>: refused. {node.refusal.message}</>}
        {!node.refusal && node.events.length === 0 && <>: none of its events were found nearby.</>}
      </span>
      {node.events.length > 0 && (
        <ul>
          {node.events.map((child) => (
            <EventItem key={child.event.id} node={child} {...(cause && { cause })} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * An event with a jump there, then the commands it caused. The event the time machine stands on is marked
 * current; events after it are dimmed as the future, as in the tables.
 */
export function EventItem({ node, cause }: { readonly node: EventNode; readonly cause?: StoredEvent }) {
  const position = useTableView((view) => view.position);
  const { event } = node;
  const when = event.position === position ? 'current' : event.position > position ? 'future' : '';
  return (
    <li className={`chain-event ${when}`} aria-current={when === 'current' ? 'true' : undefined}>
      <span className="chain-label">
        <JumpButton position={event.position} /> {summarizeEvent(event)} on {event.streamId}, version{' '}
        {event.version}
        {isRefund(event, cause) && <strong className="chain-refund"> (refund)</strong>}
        {when === 'future' && <span className="visually-hidden"> (after the position shown)</span>}
      </span>
      {node.caused.length > 0 && (
        <ul>
          {node.caused.map((command) => (
            <CommandItem key={command.commandId} node={command} cause={event} />
          ))}
        </ul>
      )}
    </li>
  );
}
