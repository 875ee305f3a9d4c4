import { useRef, useState } from 'react';

/**
 * A command form's text field. The fields stay editable while a command runs, so emptying them once it is
 * done must spare what was typed meanwhile: `sent()`, called as the command is sent, returns what empties
 * the field afterwards unless it was edited since (even to the same text).
 */
export function useCommandField(initial: string) {
  const [value, setValue] = useState(initial);
  const edits = useRef(0);
  const change = (next: string) => {
    edits.current++;
    setValue(next);
  };
  const sent = () => {
    const editsWhenSent = edits.current;
    return () => {
      if (edits.current === editsWhenSent) setValue(initial);
    };
  };
  return { value, change, sent };
}
