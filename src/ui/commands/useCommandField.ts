import { useRef, useState, type ChangeEvent } from 'react';

/**
 * A command form's text field. The fields stay editable while a command runs, so emptying them once it is
 * done must spare what was typed meanwhile: `sent()`, called as the command is sent, returns what empties
 * the field afterwards unless it was edited since, even to the same text. `inputProps` go on the input.
 */
export function useCommandField(initial: string) {
  const [value, setValue] = useState(initial);
  const edits = useRef(0);
  const inputProps = {
    value,
    // Every edit counts, also one that leaves the text as it was (typing "1" over "1"): React's onChange
    // skips those, the native input event does not. onChange counts too, for a browser that fills a field
    // without an input event (autofill): only whether the count moved matters.
    onInput: () => {
      edits.current++;
    },
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      edits.current++;
      setValue(event.target.value);
    },
  };
  const sent = () => {
    const editsWhenSent = edits.current;
    return () => {
      if (edits.current === editsWhenSent) setValue(initial);
    };
  };
  return { value, inputProps, sent };
}
