/**
 * The domain's rules, re-checked by replaying the file: for each event the command it implies is rebuilt and
 * decided by the real `accountDecider` on the account's state so far, and the decision must be exactly that
 * event. So a log that overdraws an account, deposits into a closed one, opens an account twice or records
 * data the rules would never produce (an untrimmed owner, another account's id) is refused at its first
 * offending line, with the rule's own message. States then follow through the real `evolve`.
 */
import {
  accountDecider,
  accountIdOfStream,
  commandImpliedBy,
  type AccountEvent,
  type AccountState,
} from '../domain/account';
import { isDomainRuleViolation } from '../domain/DomainRuleViolation';
import type { StoredEvent } from '../eventStore/types';
import { describe } from './fields';
import { ImportRefused } from './ImportRefused';

export class DomainReplay {
  private readonly states = new Map<string, AccountState>();

  check(stored: StoredEvent, event: AccountEvent, line: number): void {
    const state = this.states.get(stored.streamId) ?? accountDecider.initialState;
    const command = commandImpliedBy(accountIdOfStream(stored.streamId), event);
    let decided: readonly AccountEvent[];
    try {
      decided = accountDecider.decide(command, state);
    } catch (error) {
      if (!isDomainRuleViolation(error)) throw error;
      throw new ImportRefused(line, `${event.type} breaks a rule of the ledger: ${error.message}`);
    }
    const difference = differenceFrom(decided, event);
    if (difference !== undefined) throw new ImportRefused(line, difference);
    this.states.set(stored.streamId, accountDecider.evolve(state, event));
  }
}

/** Why the decision is not exactly `event`, or undefined when it is. */
function differenceFrom(decided: readonly AccountEvent[], event: AccountEvent): string | undefined {
  const [only, ...more] = decided;
  if (only === undefined || more.length > 0 || only.type !== event.type)
    return `${event.type} is not what the rules record for the command it implies.`;
  const expected = only.data as Readonly<Record<string, unknown>>;
  const actual = event.data as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(expected)) {
    if (!Object.is(expected[key], actual[key])) {
      return `data.${key} is ${describe(actual[key])}, but the rules record ${describe(expected[key])} for this event.`;
    }
  }
  return undefined;
}
