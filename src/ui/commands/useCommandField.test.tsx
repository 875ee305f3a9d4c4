// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useCommandField } from './useCommandField';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders the hook and hands out its latest result. */
async function fieldStartingAt(initial: string) {
  let latest: ReturnType<typeof useCommandField> | undefined;
  function Probe() {
    latest = useCommandField(initial);
    return null;
  }
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe />));
  return () => latest ?? expect.unreachable();
}

describe('a command form field', () => {
  it('is emptied after its command when nobody touched it meanwhile', async () => {
    const field = await fieldStartingAt('0');
    await act(async () => field().change('12'));
    const clear = field().sent();
    await act(async () => clear());
    expect(field().value).toBe('0');
  });

  it('keeps what was typed while the command ran, even the same text again', async () => {
    const field = await fieldStartingAt('');
    await act(async () => field().change('1'));
    const clear = field().sent();
    await act(async () => field().change('1'));
    await act(async () => clear());
    expect(field().value).toBe('1');
  });
});
