// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useCommandField } from './useCommandField';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders the field on a real input; hands out the hook's latest result and what types into the input. */
async function fieldStartingAt(initial: string) {
  let latest: ReturnType<typeof useCommandField> | undefined;
  function Probe() {
    latest = useCommandField(initial);
    return <input aria-label="Amount" {...latest.inputProps} />;
  }
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => createRoot(container).render(<Probe />));
  const input = container.querySelector('input') as HTMLInputElement;
  /** Replaces the text as a browser does when someone types: the value, then an input event. */
  const type = async (text: string) =>
    act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  return { field: () => latest ?? expect.unreachable(), input, type };
}

describe('a command form field', () => {
  it('is emptied after its command when nobody touched it meanwhile', async () => {
    const { field, input, type } = await fieldStartingAt('0');
    await type('12');
    expect(field().value).toBe('12');
    const clear = field().sent();
    await act(async () => clear());
    expect(input.value).toBe('0');
  });

  it('keeps what was typed while the command ran, even the same text again', async () => {
    const { field, input, type } = await fieldStartingAt('');
    await type('1');
    const clear = field().sent();
    await type('1');
    await act(async () => clear());
    expect(input.value).toBe('1');
  });
});
