import {
  accountDecider,
  accountIdOfStream,
  commandImpliedBy,
  decodeAccountEvent,
  EMPTY_ACCOUNT,
  type AccountState,
} from '../src/domain/account';
import type { StoredEvent } from '../src/eventStore/types';

/**
 * Throws unless the real domain would have recorded exactly these events, so the bench never measures a
 * ledger the app could not hold: positions run 1..N, each stream's versions have no gaps, recorded times
 * never go backwards, every event decodes, and each one is what `decideAccount` makes of the matching
 * command in the account's state at that point (which also enforces no overdraft, closing only at zero and
 * nothing after closing).
 */
export function checkLedger(events: readonly StoredEvent[]): void {
  const accounts = new Map<string, { state: AccountState; version: number }>();
  let lastTime = '';
  events.forEach((event, index) => {
    const fail = (reason: string) =>
      new Error(`Generated event ${event.position} (${event.type}): ${reason}.`);
    if (event.position !== index + 1) throw fail(`expected position ${index + 1}`);
    const { state, version } = accounts.get(event.streamId) ?? { state: EMPTY_ACCOUNT, version: 0 };
    if (event.version !== version + 1) throw fail(`expected version ${version + 1}`);
    if (event.metadata.recordedAt < lastTime) throw fail('recorded before the event it follows');
    lastTime = event.metadata.recordedAt;
    const decoded = decodeAccountEvent(event.type, event.schemaVersion, event.data);
    const decided = accountDecider.decide(
      commandImpliedBy(accountIdOfStream(event.streamId), decoded),
      state,
    );
    if (JSON.stringify(decided) !== JSON.stringify([decoded])) throw fail('the domain decides otherwise');
    accounts.set(event.streamId, { state: accountDecider.evolve(state, decoded), version: event.version });
  });
}
