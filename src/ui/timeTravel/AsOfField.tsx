import { useId, useState } from 'react';
import { useSession } from '../SessionContext';
import { asOfInstant } from './asOfInstant';

/** Moves the view to the last event recorded at or before a date and time (in the reader's zone). */
export function AsOfField({ disabled }: { readonly disabled: boolean }) {
  const id = useId();
  const session = useSession();
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const go = (text: string) => {
    setValue(text);
    const time = asOfInstant(text);
    if (Number.isNaN(time)) return setNote('');
    const position = session.log.lastPositionAtOrBefore(time);
    session.seek(position);
    setNote(
      position === 0 ? 'Nothing had happened yet.' : `Event #${position} is the last one at or before then.`,
    );
  };
  return (
    <div className="as-of">
      <label htmlFor={`${id}-as-of`}>As of</label>
      <input
        id={`${id}-as-of`}
        type="datetime-local"
        step={1}
        value={value}
        disabled={disabled}
        onChange={(event) => go(event.target.value)}
        aria-describedby={`${id}-as-of-note`}
      />
      <span id={`${id}-as-of-note`} className="hint" aria-live="polite">
        {note}
      </span>
    </div>
  );
}
