import { useId, useState } from 'react';
import { useSession, useView } from '../SessionContext';

const MAX_LAG_MILLISECONDS = 60_000;

/** Turns the simulated read lag on and off, and sets how long events take to reach the read side. */
export function ReadLagControls() {
  const id = useId();
  const session = useSession();
  const readLag = useView((view) => view.readLag);
  const [draft, setDraft] = useState(String(readLag.milliseconds));
  const valid = parseLag(draft) !== null;
  return (
    <fieldset className="read-lag-controls">
      <legend>Eventual consistency</legend>
      <label className="inline-check">
        <input
          type="checkbox"
          role="switch"
          checked={readLag.on}
          aria-checked={readLag.on}
          onChange={(e) => session.setReadLag({ ...readLag, on: e.target.checked })}
        />
        Simulate read lag
      </label>
      <label htmlFor={`${id}-lag`}>Lag (ms)</label>
      <input
        id={`${id}-lag`}
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_LAG_MILLISECONDS}
        step={100}
        value={draft}
        aria-invalid={!valid}
        aria-describedby={`${id}-lag-hint`}
        onChange={(e) => {
          setDraft(e.target.value);
          const milliseconds = parseLag(e.target.value);
          if (milliseconds !== null) session.setReadLag({ ...readLag, milliseconds });
        }}
      />
      <p id={`${id}-lag-hint`} className={valid ? 'hint' : 'hint invalid'}>
        {valid
          ? 'While on, new events reach the read models this long after they are written. Commands are still decided on the write side at once.'
          : `Enter a whole number of milliseconds from 0 to ${MAX_LAG_MILLISECONDS.toLocaleString('en-US')}.`}
      </p>
    </fieldset>
  );
}

/** A lag typed by the reader: whole milliseconds within bounds, or null. */
function parseLag(text: string): number | null {
  const milliseconds = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(milliseconds) && milliseconds >= 0;
  return valid && milliseconds <= MAX_LAG_MILLISECONDS ? milliseconds : null;
}
