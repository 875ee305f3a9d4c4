// @vitest-environment happy-dom
// The update banner's contract: it shows what the service worker reports and reloads the page only
// after the user clicked "Reload to update". ./pwaRegister (virtual:pwa-register) is faked here.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'virtual:pwa-register';

const fake = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  updateSW: vi.fn(async (_reload?: boolean) => {}),
}));
vi.mock('./pwaRegister', () => ({
  registerSW: (options: RegisterSWOptions) => {
    fake.options = options;
    return fake.updateSW;
  },
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let root: Root;
let container: HTMLElement;
const reload = vi.fn();

beforeEach(async () => {
  vi.resetModules(); // registerServiceWorker.ts keeps per-page state
  fake.options = undefined;
  fake.updateSW.mockClear();
  reload.mockClear();
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
  Object.defineProperty(window, 'location', { value: { reload }, configurable: true });
  const { UpdatePrompt } = await import('./UpdatePrompt');
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<UpdatePrompt />));
  await vi.waitFor(() => expect(fake.options).toBeDefined()); // registration is loaded lazily
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

const status = () => container.querySelector('[role="status"]');
const button = (name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;
const fire = (callback: 'onNeedRefresh' | 'onOfflineReady' | 'onNeedReload') =>
  act(() => fake.options?.[callback]?.());

describe('UpdatePrompt', () => {
  it('registers the service worker immediately and shows nothing at first', () => {
    expect(fake.options?.immediate).toBe(true);
    expect(status()).toBeNull();
  });

  it('offers the new version and updates only when asked', async () => {
    fire('onNeedRefresh');
    expect(status()?.textContent).toContain('A new version of Chronoledger is ready.');
    expect(fake.updateSW).not.toHaveBeenCalled();

    await act(async () => button('Reload to update')?.click());
    expect(fake.updateSW).toHaveBeenCalledWith(true);
    fire('onNeedReload'); // the new worker took control after the user's click
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads by itself, even when another tab activated the update', () => {
    fire('onNeedReload');
    expect(reload).not.toHaveBeenCalled();
    expect(button('Reload to update')).not.toBeNull();
    act(() => button('Reload to update')?.click());
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('"Later" dismisses the banner', () => {
    fire('onNeedRefresh');
    act(() => button('Later')?.click());
    expect(status()).toBeNull();
  });

  it('says "Ready to work offline." for a few seconds', () => {
    vi.useFakeTimers();
    fire('onOfflineReady');
    expect(status()?.textContent).toBe('Ready to work offline.');
    act(() => vi.advanceTimersByTime(5000));
    expect(status()).toBeNull();
  });
});
