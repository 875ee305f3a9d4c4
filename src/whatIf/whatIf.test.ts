import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountDecider,
  commandImpliedBy,
  decodeAccountEvent,
  type AccountId,
  type AccountState,
} from '../domain/account';
import type { StoredEvent } from '../eventStore/types';
import { EventColumns } from '../eventLog/eventColumns';
import { emptyLedgerFact, type LedgerFact } from '../projections/ledgerFact';
import { ledgerProjections, type LedgerModels } from '../projections/ledgerProjections';
import { foldReadModels, initialReadModels } from '../projections/projection';
import { accountCommand } from '../testing/commandArbitrary';
import { factsOf, textbookStory } from '../testing/ledgerFixtures';
import { randomLedger } from '../testing/randomLedger';
import { Timeline } from '../timeTravel/timeline';
import { Branch } from './branch';
import { skipEvent } from './skipEvent';

function timelineOf(events: readonly StoredEvent[]) {
  const log = new EventColumns();
  const timeline = new Timeline<LedgerModels, LedgerFact>(ledgerProjections, log, {
    newFact: emptyLedgerFact,
    checkpointEvery: 5,
  });
  timeline.appendAll(factsOf(events));
  return { log, timeline };
}

/** The reference fold: the facts renumbered 1..n, from nothing. */
function foldRenumbered(facts: readonly LedgerFact[]) {
  const renumbered = facts.map((fact, index) => ({ ...fact, position: index + 1 }));
  return foldReadModels(ledgerProjections, initialReadModels(ledgerProjections), renumbered);
}

/** An independent reference for a skip: replay every event but one through decide, from empty states. */
function referenceSkip(events: readonly StoredEvent[], skipped: number) {
  const states = new Map<string, AccountState>();
  const kept: LedgerFact[] = [];
  const refused: number[] = [];
  for (const fact of factsOf(events)) {
    if (fact.position === skipped) continue;
    const event = decodeAccountEvent(
      events[fact.position - 1]?.type ?? '',
      2,
      events[fact.position - 1]?.data,
    );
    const state = states.get(fact.accountId) ?? accountDecider.initialState;
    try {
      accountDecider.decide(commandImpliedBy(fact.accountId as AccountId, event), state);
    } catch {
      if (fact.position > skipped) refused.push(fact.position);
      continue;
    }
    states.set(fact.accountId, accountDecider.evolve(state, event));
    kept.push(fact);
  }
  return { readModels: foldRenumbered(kept), refused };
}

describe('what-if timelines', () => {
  it('property: a branch equals the fold of the prefix up to p plus the branch’s own events', () => {
    fc.assert(
      fc.property(
        randomLedger(),
        fc.nat(),
        fc.array(accountCommand, { maxLength: 15 }),
        (events, seed, commands) => {
          const { log, timeline } = timelineOf(events);
          const base = seed % (events.length + 1);
          const branch = new Branch(
            1,
            base,
            timeline.seek(base).readModels,
            (stream) => log.positionsOfStream(stream, 1, base).length,
          );
          for (const command of commands)
            branch.dispatch(command, { recordedAt: Date.parse('2027-01-01T00:00:00Z'), actor: 'what-if' });
          expect(branch.readModels).toEqual(
            foldRenumbered([...factsOf(events.slice(0, base)), ...branch.events]),
          );
          expect(timeline.present.checkpoint).toBe(events.length);
        },
      ),
    );
  });

  it('property: a skip equals the fold of the log without that event, with the refused later events reported', () => {
    fc.assert(
      fc.property(
        randomLedger().filter((events) => events.length > 0),
        fc.nat(),
        (events, seed) => {
          const { log, timeline } = timelineOf(events);
          const skipped = 1 + (seed % events.length);
          const hypothesis = skipEvent(timeline, log, skipped);
          const reference = referenceSkip(events, skipped);
          expect(hypothesis.refused.map((refusal) => refusal.position)).toEqual(reference.refused);
          expect(hypothesis.readModels).toEqual(reference.readModels);
        },
      ),
    );
  });

  it('flags the withdrawals that skipping a deposit would make impossible', () => {
    const { log, timeline } = timelineOf(textbookStory());
    const { refused, readModels } = skipEvent(timeline, log, 2);
    expect(refused.map((refusal) => [refusal.position, refusal.type])).toEqual([
      [3, 'MoneyWithdrawn'],
      [4, 'MoneyWithdrawn'],
    ]);
    expect(refused[0]?.reason).toMatch(/Insufficient funds/);
    expect(readModels.models.balances.get('ACC-001')?.balance).toBe(0);
  });

  it('refuses in a branch what the rules refuse, and leaves the branch as it was', () => {
    const { log, timeline } = timelineOf(textbookStory());
    const branch = new Branch(
      1,
      4,
      timeline.seek(4).readModels,
      (stream) => log.positionsOfStream(stream, 1, 4).length,
    );
    const outcome = branch.dispatch(
      { type: 'WithdrawMoney', accountId: 'ACC-001' as AccountId, amount: 75_001 as never },
      { recordedAt: 0, actor: '' },
    );
    expect(outcome).toMatchObject({ status: 'refused', violation: { code: 'InsufficientFunds' } });
    expect(branch.events).toEqual([]);
    const opened = branch.dispatch(
      { type: 'OpenAccount', owner: 'Cy', initialDeposit: 0 as never },
      { recordedAt: 0, actor: '' },
    );
    expect(opened).toMatchObject({
      status: 'accepted',
      facts: [{ accountId: 'ACC-002', position: 5, version: 1 }],
    });
  });
});
