import { assertNever } from '../../shared/assertNever';
import { AccountColumns } from '../accountColumns';
import type { LedgerFact } from '../ledgerFact';
import type { Projection } from '../projection';
import { isFiniteNumber, isText } from '../restoreRows';

/** An account as the balances read model tells it: a copy, which nothing changes after it was made. */
export interface BalanceRow {
  readonly accountId: string;
  readonly owner: string;
  /** Cents. */
  readonly balance: number;
  readonly status: 'Open' | 'Closed';
  /** When the account's last event was recorded (ms since the epoch), and its position. */
  readonly lastUpdated: number;
  readonly lastPosition: number;
}

type BalanceColumn = 'balance' | 'closed' | 'lastUpdated' | 'lastPosition';
const COLUMNS: readonly BalanceColumn[] = ['balance', 'closed', 'lastUpdated', 'lastPosition'];

/**
 * Every account's balance and status, in columns (see `AccountColumns`: a copy is a few flat arrays). Rows
 * are made when asked for, as copies.
 */
export class BalancesModel {
  private constructor(private readonly columns: AccountColumns<BalanceColumn>) {}

  static empty(): BalancesModel {
    return new BalancesModel(AccountColumns.empty(COLUMNS));
  }

  get size(): number {
    return this.columns.size;
  }

  has(accountId: string): boolean {
    return this.columns.ordinalOf(accountId) >= 0;
  }

  get(accountId: string): BalanceRow | undefined {
    const ordinal = this.columns.ordinalOf(accountId);
    return ordinal < 0 ? undefined : this.rowAt(ordinal);
  }

  /** The account ids, in the order the accounts were opened. */
  keys(): string[] {
    return this.columns.ids();
  }

  /** Every account, in the order opened. */
  rows(): BalanceRow[] {
    return Array.from({ length: this.size }, (_, ordinal) => this.rowAt(ordinal));
  }

  /** Every account, ordered by id. */
  rowsById(): BalanceRow[] {
    return this.columns.orderById().map((ordinal) => this.rowAt(ordinal));
  }

  copy(): BalancesModel {
    return new BalancesModel(this.columns.copy());
  }

  /** Opens the account (again: a second opening starts it over) with `balance` cents. */
  open(accountId: string, owner: string, balance: number, recordedAt: number, position: number): void {
    const ordinal = this.columns.open(accountId, owner);
    this.columns.set('balance', ordinal, balance);
    this.columns.set('closed', ordinal, 0);
    this.touch(ordinal, recordedAt, position);
  }

  /** Adds `cents` (negative to take them) to an account's balance; ignored for an unknown account. */
  move(accountId: string, cents: number, recordedAt: number, position: number): void {
    const ordinal = this.columns.ordinalOf(accountId);
    if (ordinal < 0) return;
    this.columns.add('balance', ordinal, cents);
    this.touch(ordinal, recordedAt, position);
  }

  /** Closes an account; ignored for an unknown one. */
  close(accountId: string, recordedAt: number, position: number): void {
    const ordinal = this.columns.ordinalOf(accountId);
    if (ordinal < 0) return;
    this.columns.set('closed', ordinal, 1);
    this.touch(ordinal, recordedAt, position);
  }

  private touch(ordinal: number, recordedAt: number, position: number): void {
    this.columns.set('lastUpdated', ordinal, recordedAt);
    this.columns.set('lastPosition', ordinal, position);
  }

  private rowAt(ordinal: number): BalanceRow {
    const { columns } = this;
    return {
      accountId: columns.idAt(ordinal),
      owner: columns.ownerAt(ordinal),
      balance: columns.value('balance', ordinal),
      status: columns.value('closed', ordinal) === 1 ? 'Closed' : 'Open',
      lastUpdated: columns.value('lastUpdated', ordinal),
      lastPosition: columns.value('lastPosition', ordinal),
    };
  }
}

export const balancesProjection: Projection<BalancesModel, LedgerFact> = {
  name: 'Balances',
  initial: () => BalancesModel.empty(),
  clone: (model) => model.copy(),
  persist: (model) => model.rows(),
  restore: restoreBalances,
  apply(model, fact) {
    switch (fact.type) {
      case 'AccountCreated':
        model.open(fact.accountId, fact.owner, fact.amount, fact.recordedAt, fact.position);
        break;
      case 'MoneyDeposited':
        model.move(fact.accountId, fact.amount, fact.recordedAt, fact.position);
        break;
      case 'MoneyWithdrawn':
        model.move(fact.accountId, -fact.amount, fact.recordedAt, fact.position);
        break;
      case 'AccountClosed':
        model.close(fact.accountId, fact.recordedAt, fact.position);
        break;
      default:
        assertNever(fact.type, 'ledger event type');
    }
    return model;
  },
};

/** The model back from persisted rows (in the order opened), or undefined if any is malformed or repeated. */
function restoreBalances(data: unknown): BalancesModel | undefined {
  if (!Array.isArray(data)) return undefined;
  const model = BalancesModel.empty();
  for (const value of data) {
    if (typeof value !== 'object' || value === null) return undefined;
    const row = value as Record<string, unknown>;
    if (!isBalanceRow(row) || model.has(row.accountId)) return undefined;
    model.open(row.accountId, row.owner, row.balance, row.lastUpdated, row.lastPosition);
    if (row.status === 'Closed') model.close(row.accountId, row.lastUpdated, row.lastPosition);
  }
  return model;
}

function isBalanceRow(value: Record<string, unknown>): value is Record<string, unknown> & BalanceRow {
  return (
    isText(value['accountId']) &&
    typeof value['owner'] === 'string' &&
    isFiniteNumber(value['balance']) &&
    (value['status'] === 'Open' || value['status'] === 'Closed') &&
    isFiniteNumber(value['lastUpdated']) &&
    isFiniteNumber(value['lastPosition'])
  );
}
