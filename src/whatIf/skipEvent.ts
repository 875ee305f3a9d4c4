import type { LedgerFact } from '../projections/ledgerFact';
import { emptyLedgerFact } from '../projections/ledgerFact';
import type { LedgerModels } from '../projections/ledgerProjections';
import type { FactLog } from '../timeTravel/factLog';
import { factsBetween } from '../timeTravel/factLog';
import type { Timeline } from '../timeTravel/timeline';
import { replayUnderRules, type Hypothesis } from './replayUnderRules';

/**
 * The ledger as if the event at `position` had never happened: the state just before it, then every later
 * event replayed under the rules. The real log is only read.
 */
export function skipEvent(
  timeline: Timeline<LedgerModels, LedgerFact>,
  log: FactLog<LedgerFact>,
  position: number,
  upTo: number = timeline.historyLength,
): Hypothesis {
  if (position < 1 || position > timeline.historyLength)
    throw new RangeError(`There is no event #${position} to skip.`);
  const before = timeline.seek(position - 1).readModels;
  return replayUnderRules(
    before,
    factsBetween(log, position + 1, Math.min(upTo, timeline.historyLength), emptyLedgerFact()),
  );
}
