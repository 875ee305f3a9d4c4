import { ACCOUNT_EVENT_TYPES, accountIdOfStream, type AccountEventType } from '../domain/account';
import type { LedgerFact } from '../projections/ledgerFact';
import type { EventColumnsView } from './eventColumnsView';
import { GrowableColumn } from './growableColumn';
import { StringTable } from './stringTable';

const TYPE_CODES = new Map(ACCOUNT_EVENT_TYPES.map((type, code) => [type, code]));

/**
 * The log in memory as columns of typed arrays, one row per position: about 36 bytes an event instead of
 * the ~300 of an event object. Strings (stream ids, owners, actors) are interned. Event ids and correlation
 * metadata are not kept here: they stay in the store and are read on demand.
 */
export class EventColumns {
  private count = 0;
  private readonly strings = new StringTable();
  private readonly accountIds: string[] = [];
  private readonly stream: GrowableColumn<Uint32Array>;
  private readonly version: GrowableColumn<Uint32Array>;
  private readonly type: GrowableColumn<Uint8Array>;
  private readonly recordedAt: GrowableColumn<Float64Array>;
  private readonly actor: GrowableColumn<Uint32Array>;
  private readonly amount: GrowableColumn<Float64Array>;
  private readonly owner: GrowableColumn<Uint32Array>;

  constructor(capacity = 1024) {
    this.stream = new GrowableColumn(Uint32Array, capacity);
    this.version = new GrowableColumn(Uint32Array, capacity);
    this.type = new GrowableColumn(Uint8Array, capacity);
    this.recordedAt = new GrowableColumn(Float64Array, capacity);
    this.actor = new GrowableColumn(Uint32Array, capacity);
    this.amount = new GrowableColumn(Float64Array, capacity);
    this.owner = new GrowableColumn(Uint32Array, capacity);
  }

  /** The number of events held; they are positions 1..length. */
  get length(): number {
    return this.count;
  }

  /** Appends the fact for position length + 1; anything else is a bug upstream and throws. */
  append(fact: LedgerFact): void {
    if (fact.position !== this.count + 1) {
      throw new Error(`The log in memory is at ${this.count}; event ${fact.position} would leave a gap.`);
    }
    const row = this.count;
    this.reserve(row + 1);
    const stream = this.strings.intern(fact.streamId);
    this.accountIds[stream] ??= accountIdOfStream(fact.streamId);
    this.stream.data[row] = stream;
    this.version.data[row] = fact.version;
    this.type.data[row] = TYPE_CODES.get(fact.type) ?? 0;
    this.recordedAt.data[row] = fact.recordedAt;
    this.actor.data[row] = this.strings.intern(fact.actor);
    this.amount.data[row] = fact.amount;
    this.owner.data[row] = this.strings.intern(fact.owner);
    this.count = row + 1;
  }

  /** Fills `into` with the event at `position` (1-based) and returns it. No allocation. */
  factAt(position: number, into: LedgerFact): LedgerFact {
    const row = position - 1;
    if (row < 0 || row >= this.count) throw new RangeError(`No event at position ${position}.`);
    const stream = this.stream.data[row] as number;
    into.position = position;
    into.streamId = this.strings.get(stream);
    into.accountId = this.accountIds[stream] as string;
    into.version = this.version.data[row] as number;
    into.type = ACCOUNT_EVENT_TYPES[this.type.data[row] as number] as AccountEventType;
    into.recordedAt = this.recordedAt.data[row] as number;
    into.actor = this.strings.get(this.actor.data[row] as number);
    into.amount = this.amount.data[row] as number;
    into.owner = this.strings.get(this.owner.data[row] as number);
    return into;
  }

  /** Positions of one stream's events in [from, to], in order: a scan of one column, fast even at 1M. */
  positionsOfStream(streamId: string, from = 1, to = this.count): number[] {
    const positions: number[] = [];
    this.scanStream(streamId, from, to, (position) => positions.push(position));
    return positions;
  }

  /** How many events of one stream the log holds: its current version. */
  countOfStream(streamId: string): number {
    let count = 0;
    this.scanStream(streamId, 1, this.count, () => count++);
    return count;
  }

  /**
   * The last position whose event was recorded at or before `time` (ms), or 0. Scans the time column, so
   * it stays right even if recorded times are not in order (an imported log may not be).
   */
  lastPositionAtOrBefore(time: number): number {
    const column = this.recordedAt.data;
    for (let row = this.count - 1; row >= 0; row--) {
      if ((column[row] as number) <= time) return row + 1;
    }
    return 0;
  }

  /**
   * The columns as they stand, for scans that must not build a fact per row (filters, sorts). The arrays
   * are views of rows 0..length-1: later appends do not change them (a grown column is a new array).
   */
  view(): EventColumnsView {
    const rows = this.count;
    return {
      length: rows,
      stream: this.stream.data.subarray(0, rows),
      version: this.version.data.subarray(0, rows),
      type: this.type.data.subarray(0, rows),
      recordedAt: this.recordedAt.data.subarray(0, rows),
      actor: this.actor.data.subarray(0, rows),
      amount: this.amount.data.subarray(0, rows),
      owner: this.owner.data.subarray(0, rows),
      strings: this.strings.values,
      accountIds: this.accountIds,
    };
  }

  /** Bytes held by the columns (capacity included), for memory accounting. */
  get bytes(): number {
    return this.columns().reduce((sum, column) => sum + column.bytes, 0);
  }

  private scanStream(streamId: string, from: number, to: number, visit: (position: number) => void): void {
    const stream = this.strings.find(streamId);
    if (stream < 0) return;
    const column = this.stream.data;
    for (let row = Math.max(0, from - 1), end = Math.min(to, this.count); row < end; row++) {
      if (column[row] === stream) visit(row + 1);
    }
  }

  private reserve(capacity: number): void {
    for (const column of this.columns()) column.ensure(capacity);
  }

  private columns(): GrowableColumn<Uint8Array | Uint32Array | Float64Array>[] {
    return [this.stream, this.version, this.type, this.recordedAt, this.actor, this.amount, this.owner];
  }
}
