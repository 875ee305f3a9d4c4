import { useEffect, useId, useState } from 'react';
import type { StoredEvent } from '../../eventStore/types';
import { useSession } from '../SessionContext';
import { useCopy } from './useCopy';

type Reading =
  | { readonly state: 'reading'; readonly position: number }
  | { readonly state: 'read'; readonly position: number; readonly event: StoredEvent }
  | { readonly state: 'failed'; readonly position: number; readonly message: string };

/**
 * The details of one event, read in full from the store (the log in memory leaves out ids and correlation
 * metadata): the stored event as formatted JSON, with buttons that take the time machine there (the
 * keyboard's way to jump from the log) and that copy the JSON and the id.
 */
export function EventDetail({
  position,
  onClose,
}: {
  readonly position: number;
  readonly onClose: () => void;
}) {
  const id = useId();
  const { store, seek } = useSession();
  const [reading, setReading] = useState<Reading>({ state: 'reading', position });
  const { outcome, copy, clear } = useCopy();

  useEffect(() => {
    let current = true;
    store.readAll({ from: position, to: position }).then(
      ([event]) => {
        if (!current) return;
        setReading(
          event
            ? { state: 'read', position, event }
            : { state: 'failed', position, message: `The log holds no event #${position}.` },
        );
      },
      (error: unknown) => {
        if (current)
          setReading({ state: 'failed', position, message: `The event could not be read: ${error}` });
      },
    );
    return () => {
      current = false;
      clear();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, position]);

  const shown = reading.position === position ? reading : ({ state: 'reading', position } as const);
  const json = shown.state === 'read' ? JSON.stringify(shown.event, null, 2) : '';
  return (
    <section className="event-detail" aria-labelledby={`${id}-title`}>
      <div className="event-detail-head">
        <h3 id={`${id}-title`}>Event details</h3>
        <span className="event-detail-position">#{position.toLocaleString('en-US')}</span>
        <button type="button" onClick={onClose}>
          Close details
        </button>
      </div>
      {shown.state === 'reading' && <p role="status">Reading event #{position} from the log…</p>}
      {shown.state === 'failed' && (
        <p role="alert" className="feedback failed">
          {shown.message}
        </p>
      )}
      {shown.state === 'read' && (
        <>
          <pre className="event-json" tabIndex={0} aria-label={`Event #${position} as JSON`}>
            {json}
          </pre>
          <div className="button-row">
            <button type="button" onClick={() => seek(position)}>
              Travel to this event
            </button>
            <button type="button" onClick={() => void copy(json, `the JSON of event #${position}`)}>
              Copy JSON
            </button>
            <button type="button" onClick={() => void copy(shown.event.id, `the id of event #${position}`)}>
              Copy id
            </button>
          </div>
        </>
      )}
      <p role="status" className="feedback done">
        {outcome?.ok ? outcome.message : ''}
      </p>
      {outcome?.ok === false && (
        <p role="alert" className="feedback failed">
          {outcome.message}
        </p>
      )}
    </section>
  );
}
