/**
 * A tiny ledger in memory for testing the transfer policy against the real account rules: it decides each
 * command with the account decider and records metadata exactly as the command handler does (a command's
 * correlation and causation default to its own id). Test support only.
 */
import { isDomainRuleViolation } from '../domain/DomainRuleViolation';
import {
  decideAccount,
  EMPTY_ACCOUNT,
  evolveAccount,
  type AccountCommand,
  type AccountId,
  type AccountState,
} from '../domain/account';
import type { Observation } from '../commands/transfer/driveTransfer';
import type { EventFact, NextCommand } from '../commands/transfer/transferPolicy';

export class TransferWorld {
  readonly log: EventFact[] = [];
  readonly issued: string[] = [];
  private readonly accounts = new Map<AccountId, AccountState>();

  constructor(initial: Readonly<Record<string, AccountState>> = {}) {
    for (const [id, state] of Object.entries(initial)) this.accounts.set(id as AccountId, state);
  }

  state(id: AccountId): AccountState {
    return this.accounts.get(id) ?? EMPTY_ACCOUNT;
  }

  balance(id: AccountId): number {
    const state = this.state(id);
    return state.status === 'open' ? state.balance : 0;
  }

  /** Decides and applies one command; a refusal is reported, not thrown. */
  issue = async ({ command, links }: NextCommand): Promise<Observation> => this.apply(command, links);

  apply(command: AccountCommand, links: NextCommand['links'] = {}): Observation {
    const commandId = `command-${this.issued.length + 1}`;
    this.issued.push(commandId);
    try {
      const decided = decideAccount(command, this.state(command.accountId));
      const appended = decided.map((event): EventFact => {
        this.accounts.set(command.accountId, evolveAccount(this.state(command.accountId), event));
        const position = this.log.length + 1;
        const fact: EventFact = {
          id: `event-${position}`,
          position,
          streamId: `account-${command.accountId}`,
          type: event.type,
          metadata: {
            recordedAt: '2026-05-01T12:00:00.000Z',
            commandId,
            correlationId: links.correlationId ?? commandId,
            causationId: links.causationId ?? commandId,
          },
        };
        this.log.push(fact);
        return fact;
      });
      return { accepted: appended };
    } catch (error) {
      if (!isDomainRuleViolation(error)) throw error;
      return { refused: { code: error.code, message: error.message } };
    }
  }
}
