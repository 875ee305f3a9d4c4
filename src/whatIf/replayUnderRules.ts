import { accountDecider, commandImpliedBy, type AccountId, type AccountState } from '../domain/account';
import { isDomainRuleViolation } from '../domain/DomainRuleViolation';
import { emptyLedgerFact, type LedgerFact } from '../projections/ledgerFact';
import { ledgerProjections, type LedgerModels } from '../projections/ledgerProjections';
import { cloneReadModels, ReadModelsFold, type ReadModels } from '../projections/projection';
import { accountStatesOf, eventOfFact } from './facts';

/** A later event that could not have happened in the hypothetical timeline, and why. */
export interface RefusedEvent {
  readonly position: number;
  readonly type: LedgerFact['type'];
  readonly accountId: string;
  readonly amount: number;
  readonly reason: string;
}

export interface Hypothesis {
  readonly readModels: ReadModels<LedgerModels>;
  readonly refused: readonly RefusedEvent[];
}

/**
 * Folds recorded facts into a copy of `start` as a hypothetical timeline. Each fact's implied command is
 * decided again on the hypothetical account state: events the rules would refuse now are left out and
 * reported, which is itself the lesson. Kept events are numbered on from the start's checkpoint.
 */
export function replayUnderRules(start: ReadModels<LedgerModels>, facts: Iterable<LedgerFact>): Hypothesis {
  const copy = cloneReadModels(ledgerProjections, start);
  const states = accountStatesOf(copy.models.balances);
  // One fold for the whole replay: a skip near the first event replays the rest of the log.
  const fold = new ReadModelsFold(ledgerProjections, copy);
  const refused: RefusedEvent[] = [];
  const renumbered = emptyLedgerFact();
  for (const fact of facts) {
    const event = eventOfFact(fact);
    const state: AccountState = states.get(fact.accountId) ?? accountDecider.initialState;
    try {
      accountDecider.decide(commandImpliedBy(fact.accountId as AccountId, event), state);
    } catch (error) {
      if (!isDomainRuleViolation(error)) throw error;
      refused.push({
        position: fact.position,
        type: fact.type,
        accountId: fact.accountId,
        amount: fact.amount,
        reason: error.message,
      });
      continue;
    }
    states.set(fact.accountId, accountDecider.evolve(state, event));
    Object.assign(renumbered, fact, { position: fold.position + 1 });
    fold.apply(renumbered);
  }
  return { readModels: fold.finish(), refused };
}
