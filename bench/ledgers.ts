import type { StoredEvent } from '../src/eventStore/types';
import { checkLedger } from './checkLedger';
import { generateLedger } from './generateLedger';

/** The seed of every sample ledger: change it and all figures move, so it stays fixed. */
export const LEDGER_SEED = 20_250_101;

const cache = new Map<number, readonly StoredEvent[]>();

/**
 * The sample ledger of `events` events, generated and checked against the domain once per page, then shared
 * by the modules (read-only).
 */
export function sampleLedger(events: number): readonly StoredEvent[] {
  let ledger = cache.get(events);
  if (!ledger) {
    ledger = generateLedger({ events, seed: LEDGER_SEED });
    checkLedger(ledger);
    cache.set(events, ledger);
  }
  return ledger;
}

/** "10k", "100k", "2,500": for row names. */
export function countLabel(count: number): string {
  return count % 1000 === 0 ? `${count / 1000}k` : count.toLocaleString('en-US');
}
