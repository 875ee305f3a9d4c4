// @vitest-environment happy-dom
// OnScreenSection's contract: a table inside it shows the view as of its last turn. On screen, a change is
// drawn at a coming animation frame (one section per frame); off screen, once the view has been still; and a
// change is never lost when the section goes on or off screen while it waits.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LedgerSession } from '../../app/ledgerSession';
import { initialLedgerView, type LedgerView } from '../../app/ledgerView';
import { SessionProvider } from '../SessionContext';
import { OnScreenSection, useTableView } from './onScreen';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** IntersectionObserver stand-in: tests say when the observed section enters or leaves the screen. */
const observers: ((entries: { isIntersecting: boolean }[]) => void)[] = [];
class FakeIntersectionObserver {
  constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
    observers.push(callback);
  }
  observe() {}
  disconnect() {}
}
const setOnScreen = (onScreen: boolean) =>
  act(() => observers.forEach((notify) => notify([{ isIntersecting: onScreen }])));

function Position() {
  return <output>{useTableView((view) => view.position)}</output>;
}

let root: Root;
let container: HTMLElement;
let view: StoreApi<LedgerView>;

beforeEach(async () => {
  observers.length = 0;
  globalThis.IntersectionObserver = FakeIntersectionObserver as unknown as typeof IntersectionObserver;
  view = createStore<LedgerView>(() => initialLedgerView(100));
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const session = { view } as unknown as LedgerSession;
  await act(async () =>
    root.render(
      <SessionProvider value={session}>
        <OnScreenSection>
          <Position />
        </OnScreenSection>
      </SessionProvider>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const shown = () => container.querySelector('output')?.textContent;
const moveTo = (position: number) => act(() => view.setState({ position }));
const frame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

describe('OnScreenSection', () => {
  it('on screen, draws a change at a coming frame, not in the change itself', async () => {
    expect(shown()).toBe('0');
    moveTo(42);
    expect(shown()).toBe('0');
    await frame();
    await frame();
    expect(shown()).toBe('42');
  });

  it('off screen, draws a change once the view has been still', async () => {
    setOnScreen(false);
    moveTo(7);
    await frame();
    await frame();
    expect(shown()).toBe('0');
    await act(() => new Promise((resolve) => setTimeout(resolve, 450)));
    await expect.poll(shown, { timeout: 2000 }).toBe('7');
  });

  it('loses no change when the section leaves the screen while the change waits for its turn', async () => {
    moveTo(5);
    setOnScreen(false);
    await expect.poll(shown, { timeout: 2000 }).toBe('5');
  });

  it('catches up with what changed off screen as soon as it is back on screen', async () => {
    setOnScreen(false);
    moveTo(9);
    setOnScreen(true);
    await frame();
    await frame();
    expect(shown()).toBe('9');
  });
});
