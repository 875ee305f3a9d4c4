/**
 * Memory as the page holds it, from a collected heap. scripts/bench.mjs exposes `__benchHeapUsage`, which asks
 * Chromium over the DevTools protocol (Runtime.getHeapUsage) for the V8 heap in use and, separately, the
 * backing stores of ArrayBuffers (typed arrays), which live outside that heap. `performance.memory` (precise
 * with --enable-precise-memory-info) is read as well, as a cross-check: in current Chromium its
 * usedJSHeapSize counts the backing stores too.
 */

export interface HeapUsage {
  /** Bytes of objects in the V8 heap. */
  readonly jsHeap: number;
  /** Bytes of ArrayBuffer backing stores. */
  readonly arrayBuffers: number;
  /** performance.memory.usedJSHeapSize, or NaN without it. */
  readonly usedJSHeapSize: number;
}

interface ProtocolHeapUsage {
  readonly usedSize: number;
  readonly backingStorageSize?: number;
}

declare global {
  interface Window {
    __benchHeapUsage?: () => Promise<ProtocolHeapUsage>;
  }
  interface Performance {
    readonly memory?: { readonly usedJSHeapSize: number };
  }
}

/** Two full collections (the second frees what the first's finalisers released), each followed by a pause. */
export async function collectGarbage(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Memory rows need Chromium started with --js-flags=--expose-gc.');
  for (let i = 0; i < 2; i += 1) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Heap usage after collecting garbage. */
export async function settledHeapUsage(): Promise<HeapUsage> {
  await collectGarbage();
  const usage = await window.__benchHeapUsage?.();
  if (usage?.backingStorageSize === undefined)
    throw new Error('Memory rows need the heap usage scripts/bench.mjs exposes (Chromium 120 or later).');
  return {
    jsHeap: usage.usedSize,
    arrayBuffers: usage.backingStorageSize,
    usedJSHeapSize: performance.memory?.usedJSHeapSize ?? NaN,
  };
}

/** How much each measure grew from `before` to `after`. */
export function heapGrowth(before: HeapUsage, after: HeapUsage): HeapUsage {
  return {
    jsHeap: after.jsHeap - before.jsHeap,
    arrayBuffers: after.arrayBuffers - before.arrayBuffers,
    usedJSHeapSize: after.usedJSHeapSize - before.usedJSHeapSize,
  };
}
