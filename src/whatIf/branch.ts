import { accountDecider, nextFreeAccountId, type AccountCommand, type AccountState } from '../domain/account';
import type { DomainRuleViolation } from '../domain/DomainRuleViolation';
import { isDomainRuleViolation } from '../domain/DomainRuleViolation';
import type { AccountCommandRequest } from '../commands/account/dispatchAccountCommand';
import type { LedgerFact } from '../projections/ledgerFact';
import { ledgerProjections, type LedgerModels } from '../projections/ledgerProjections';
import { cloneReadModels, foldReadModels, type ReadModels } from '../projections/projection';
import { accountStatesOf, factOfEvent } from './facts';

export type BranchOutcome =
  | { readonly status: 'accepted'; readonly facts: readonly LedgerFact[] }
  | { readonly status: 'refused'; readonly violation: DomainRuleViolation };

/** How many events a stream had at the branch point (read from the real log on demand). */
export type VersionAt = (streamId: string) => number;

/**
 * A what-if timeline: the real log up to `basePosition`, then commands decided and folded here only. The
 * real log is never written; discarding a branch is forgetting the object.
 */
export class Branch {
  private current: ReadModels<LedgerModels>;
  private readonly states: Map<string, AccountState>;
  private readonly versions = new Map<string, number>();
  private readonly own: LedgerFact[] = [];

  constructor(
    readonly id: number,
    readonly basePosition: number,
    base: ReadModels<LedgerModels>,
    private readonly versionAt: VersionAt,
  ) {
    this.current = cloneReadModels(ledgerProjections, base);
    this.states = accountStatesOf(this.current.models.balances);
  }

  get readModels(): ReadModels<LedgerModels> {
    return this.current;
  }

  /** The branch's own events, in order (positions continue after the base). */
  get events(): readonly LedgerFact[] {
    return this.own;
  }

  /** Decides a command on the branch's state; an accepted one is folded into the branch only. */
  dispatch(
    request: AccountCommandRequest,
    context: { readonly recordedAt: number; readonly actor: string },
  ): BranchOutcome {
    const command: AccountCommand =
      request.accountId === undefined
        ? { ...request, accountId: nextFreeAccountId(this.states.keys()) }
        : (request as AccountCommand);
    const state = this.states.get(command.accountId) ?? accountDecider.initialState;
    let events;
    try {
      events = accountDecider.decide(command, state);
    } catch (error) {
      if (isDomainRuleViolation(error)) return { status: 'refused', violation: error };
      throw error;
    }
    const streamId = `account-${command.accountId}`;
    let version = this.versions.get(streamId) ?? this.versionAt(streamId);
    const facts = events.map((event, index) =>
      factOfEvent(event, {
        accountId: command.accountId,
        position: this.current.checkpoint + 1 + index,

        version: ++version,
        ...context,
      }),
    );
    this.current = foldReadModels(ledgerProjections, this.current, facts);
    this.versions.set(streamId, version);
    this.states.set(command.accountId, events.reduce(accountDecider.evolve, state));
    this.own.push(...facts);
    return { status: 'accepted', facts };
  }
}
