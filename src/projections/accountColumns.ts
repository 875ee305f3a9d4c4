/**
 * Account ids and owners numbered in the order they were opened: ordinal n is the n-th account opened. It is
 * shared, append-only, by every copy of a model that agrees on that order, and a copy knows only its first
 * `count` entries. Copies folded from one log always agree. A copy that opens accounts in another order (a
 * what-if branch) or gives an account another owner gets an index of its own (`fork`).
 */
class AccountIndex {
  private readonly ids: string[] = [];
  private readonly owners: string[] = [];
  private readonly ordinals = new Map<string, number>();
  /** The first `count` ordinals ordered by id, for the last count asked. */
  private sorted: { readonly count: number; readonly order: readonly number[] } | null = null;

  ordinalOf(id: string, count: number): number {
    const ordinal = this.ordinals.get(id);
    return ordinal !== undefined && ordinal < count ? ordinal : -1;
  }

  idAt(ordinal: number): string {
    return this.ids[ordinal] as string;
  }

  ownerAt(ordinal: number): string {
    return this.owners[ordinal] as string;
  }

  /** An index whose account number `count` is `id`: this one if it has it there or can append it. */
  withAccount(id: string, owner: string, count: number): AccountIndex {
    if (this.ids[count] === id && this.owners[count] === owner) return this;
    const index = this.ids.length === count && !this.ordinals.has(id) ? this : this.fork(count);
    index.ids.push(id);
    index.owners.push(owner);
    index.ordinals.set(id, count);
    return index;
  }

  /** An index of its own, for a copy that holds `count` accounts and gives account `ordinal` a new owner. */
  withOwner(ordinal: number, owner: string, count: number): AccountIndex {
    if (this.owners[ordinal] === owner) return this;
    const index = this.fork(count);
    index.owners[ordinal] = owner;
    return index;
  }

  /** Ordinals 0..count-1 ordered by id (as `localeCompare` orders them). */
  orderById(count: number): readonly number[] {
    if (this.sorted?.count !== count) {
      const order = Array.from({ length: count }, (_, ordinal) => ordinal);
      const { ids } = this;
      order.sort((a, b) => (ids[a] as string).localeCompare(ids[b] as string));
      this.sorted = { count, order };
    }
    return this.sorted.order;
  }

  private fork(count: number): AccountIndex {
    const index = new AccountIndex();
    for (let ordinal = 0; ordinal < count; ordinal++) {
      index.ids.push(this.idAt(ordinal));
      index.owners.push(this.ownerAt(ordinal));
      index.ordinals.set(this.idAt(ordinal), ordinal);
    }
    return index;
  }
}

/**
 * Numbers by account, one row per account in the order opened, kept in typed arrays: a copy is a few flat
 * arrays, with no object per row and no map. Why: the time machine copies a model at every checkpoint and
 * at every step of a slider drag, and copying maps of row objects made what a drag allocated, and what the
 * young-generation collector had to carry, large enough to cost frames.
 *
 * Each copy owns its values; the ids and owners are shared (see `AccountIndex`).
 */
export class AccountColumns<Column extends string> {
  private constructor(
    private readonly names: readonly Column[],
    private index: AccountIndex,
    private count: number,
    private readonly values: Record<Column, Float64Array>,
  ) {}

  /** No accounts yet, with a column for each name (every value starts at 0). */
  static empty<Column extends string>(names: readonly Column[]): AccountColumns<Column> {
    return new AccountColumns(names, new AccountIndex(), 0, columnsOf(names, 0));
  }

  /** How many accounts are open or closed. */
  get size(): number {
    return this.count;
  }

  /** The account's ordinal (0 for the first opened), or -1 when there is no such account. */
  ordinalOf(accountId: string): number {
    return this.index.ordinalOf(accountId, this.count);
  }

  idAt(ordinal: number): string {
    return this.index.idAt(ordinal);
  }

  /** The account ids, in the order opened. */
  ids(): string[] {
    return Array.from({ length: this.count }, (_, ordinal) => this.idAt(ordinal));
  }

  ownerAt(ordinal: number): string {
    return this.index.ownerAt(ordinal);
  }

  value(column: Column, ordinal: number): number {
    return this.values[column][ordinal] as number;
  }

  set(column: Column, ordinal: number, value: number): void {
    this.values[column][ordinal] = value;
  }

  /** Adds `amount` to a value (a fold's most common step: one lookup of the column, not two). */
  add(column: Column, ordinal: number, amount: number): number {
    const values = this.values[column];
    return (values[ordinal] = (values[ordinal] as number) + amount);
  }

  /**
   * The ordinal of `accountId`, opened now if it was not (every value 0). Opening an account again keeps
   * its ordinal and values, with the owner given.
   */
  open(accountId: string, owner: string): number {
    const known = this.ordinalOf(accountId);
    if (known >= 0) {
      this.index = this.index.withOwner(known, owner, this.count);
      return known;
    }
    this.index = this.index.withAccount(accountId, owner, this.count);
    if (this.count === this.capacity) this.grow();
    for (const name of this.names) this.values[name][this.count] = 0;
    return this.count++;
  }

  /** Ordinals ordered by account id. */
  orderById(): readonly number[] {
    return this.index.orderById(this.count);
  }

  /** Each account as [id, owner, its values in column order], in the order opened: what two copies holding the same accounts agree on (tests compare by it). */
  entries(): (string | number)[][] {
    return Array.from({ length: this.count }, (_, ordinal) => [
      this.idAt(ordinal),
      this.ownerAt(ordinal),
      ...this.names.map((name) => this.value(name, ordinal)),
    ]);
  }

  /** An independent copy: the values copied, the ids and owners shared. */
  copy(): AccountColumns<Column> {
    const values = {} as Record<Column, Float64Array>;
    for (const name of this.names) values[name] = this.values[name].slice(0, this.count);
    return new AccountColumns(this.names, this.index, this.count, values);
  }

  private get capacity(): number {
    return (this.values[this.names[0] as Column] as Float64Array | undefined)?.length ?? 0;
  }

  private grow(): void {
    const grown = columnsOf(this.names, Math.max(16, this.capacity * 2));
    for (const name of this.names) grown[name].set(this.values[name]);
    Object.assign(this.values, grown);
  }
}

function columnsOf<Column extends string>(
  names: readonly Column[],
  length: number,
): Record<Column, Float64Array> {
  const values = {} as Record<Column, Float64Array>;
  for (const name of names) values[name] = new Float64Array(length);
  return values;
}
