import { useId, useRef, useState, type FormEvent } from 'react';
import { loadRandomLedger } from '../../app/sampleData/loadSampleData';
import { useSession } from '../SessionContext';
import { ProgressLine } from '../ProgressLine';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const DAY = 86_400_000;
const isoDay = (milliseconds: number) => new Date(milliseconds).toISOString().slice(0, 10);

interface RandomLedgerFormProps {
  readonly busy: boolean;
  readonly run: (work: () => Promise<string>) => Promise<void>;
}

/** Generates N random but valid events over a date range, with progress and a way to stop. */
export function RandomLedgerForm({ busy, run }: RandomLedgerFormProps) {
  const id = useId();
  const session = useSession();
  const [events, setEvents] = useState(10_000);
  const [from, setFrom] = useState(() => isoDay(Date.now() - 90 * DAY));
  const [to, setTo] = useState(() => isoDay(Date.now()));
  const [written, setWritten] = useState<number | null>(null);
  const stopper = useRef<AbortController | null>(null);

  const generate = (event: FormEvent) => {
    event.preventDefault();
    const start = Date.parse(`${from}T00:00:00Z`);
    const end = Date.parse(`${to}T23:59:59Z`);
    if (!(start <= end))
      return void run(() => Promise.reject(new Error('“From” must be on or before “To”.')));
    stopper.current = new AbortController();
    setWritten(0);
    void run(async () => {
      try {
        const count = await loadRandomLedger(
          session,
          session.sampleWriter,
          { events, from: start, to: end, seed: Date.now() },
          setWritten,
          stopper.current?.signal,
        );
        return count < events
          ? `Stopped after ${count.toLocaleString('en-US')} events. They stay in the log: an event log is append-only.`
          : `Added ${count.toLocaleString('en-US')} events.`;
      } finally {
        setWritten(null);
      }
    });
  };

  return (
    <form aria-labelledby={`${id}-title`} onSubmit={generate}>
      <h3 id={`${id}-title`}>A random ledger</h3>
      <fieldset disabled={busy} className="sample-fields">
        <label htmlFor={`${id}-events`}>Events</label>
        <select id={`${id}-events`} value={events} onChange={(e) => setEvents(Number(e.target.value))}>
          {SIZES.map((size) => (
            <option key={size} value={size}>
              {size.toLocaleString('en-US')}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          required
        />
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
        <button type="submit">Generate</button>
      </fieldset>
      {written !== null && (
        <p className="sample-progress">
          <ProgressLine label="Generating sample data" progress={{ done: written, total: events }} />
          <button type="button" onClick={() => stopper.current?.abort()}>
            Cancel
          </button>
        </p>
      )}
    </form>
  );
}
