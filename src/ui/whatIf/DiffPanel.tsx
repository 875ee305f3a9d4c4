import { useId, useMemo, useState, type FormEvent } from 'react';
import { emptyLedgerFact } from '../../projections/ledgerFact';
import { diffLedger, type LedgerDiff } from '../../timeTravel/diff';
import { formatMoney } from '../format';
import { useSession, useView } from '../SessionContext';
import { describeEvent } from '../timeTravel/describeEvent';

const MOST_EVENTS_LISTED = 100;

/** What changed between two points of the log: accounts, the events in between, and daily totals. */
export function DiffPanel() {
  const id = useId();
  const session = useSession();
  const head = useView((view) => view.head);
  const [from, setFrom] = useState('0');
  const [to, setTo] = useState('');
  const [diff, setDiff] = useState<LedgerDiff | null>(null);
  const compare = (a: number, b: number) => {
    const clamp = (value: number) =>
      Math.min(Math.max(0, Math.trunc(value) || 0), session.timeline.historyLength);
    const [low, high] = [clamp(a), clamp(b)].sort((x, y) => x - y) as [number, number];
    setFrom(String(low));
    setTo(String(high));
    setDiff(diffLedger(session.timeline.seek(low).readModels, session.timeline.seek(high).readModels));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    compare(Number(from), to === '' ? head : Number(to));
  };
  return (
    <section aria-label="Diff" className="panel diff-panel">
      <h2>Diff</h2>
      <form onSubmit={submit} className="inline-form">
        <label htmlFor={`${id}-from`}>From position</label>
        <input
          id={`${id}-from`}
          type="number"
          min={0}
          max={head}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <label htmlFor={`${id}-to`}>To position</label>
        <input
          id={`${id}-to`}
          type="number"
          min={0}
          max={head}
          value={to}
          placeholder={String(head)}
          onChange={(e) => setTo(e.target.value)}
        />
        <button type="submit">Compare</button>
        {/* The position is read when clicked: following it would redraw this form at every seek. */}
        <button type="button" onClick={() => compare(session.view.getState().position, head)}>
          Diff the present against here
        </button>
      </form>
      {diff ? (
        <DiffResult diff={diff} />
      ) : (
        <p className="hint">Choose two positions, or compare the present with the point shown.</p>
      )}
    </section>
  );
}

function DiffResult({ diff }: { readonly diff: LedgerDiff }) {
  const session = useSession();
  const events = useMemo(() => {
    const fact = emptyLedgerFact();
    const last = Math.min(diff.to, diff.from + MOST_EVENTS_LISTED);
    return Array.from({ length: Math.max(0, last - diff.from) }, (_, index) =>
      describeEvent(session.log.factAt(diff.from + 1 + index, fact)),
    );
  }, [diff, session]);
  const state = (side: LedgerDiff['accounts'][number]['before']) =>
    side ? `${formatMoney(side.balance)} ${side.status}` : 'none';
  return (
    <div className="diff-result">
      <p>
        From #{diff.from} to #{diff.to}: {diff.to - diff.from} events, {diff.accounts.length} accounts
        changed.
      </p>
      <h3>Accounts</h3>
      <ul>
        {diff.accounts.map((change) => (
          <li key={change.accountId}>
            {change.accountId}: {state(change.before)} → {state(change.after)}
          </li>
        ))}
      </ul>
      <h3>Events in between</h3>
      <ol>
        {events.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ol>
      {diff.to - diff.from > MOST_EVENTS_LISTED && (
        <p className="hint">… and {diff.to - diff.from - MOST_EVENTS_LISTED} more.</p>
      )}
      <h3>Daily totals</h3>
      <ul>
        {diff.days.map((day) => (
          <li key={day.date}>
            {day.date}: net {formatMoney(day.before?.net ?? 0)} → {formatMoney(day.after?.net ?? 0)}
          </li>
        ))}
      </ul>
    </div>
  );
}
