import { ACCOUNT_EVENT_TYPES, type AccountEventType } from '../domain/account';
import { emptyLedgerFact, type LedgerFact } from '../projections/ledgerFact';
import type { EventColumnArrays } from './eventColumnsView';
import { StringTable } from './stringTable';

const TYPE_CODES = new Map(ACCOUNT_EVENT_TYPES.map((type, code) => [type, code]));

/**
 * A run of consecutive facts as typed arrays plus their own small string table: what a worker sends to the
 * page (the arrays are transferred, not copied). Positions are first..first+count-1.
 */
export interface ColumnChunk extends EventColumnArrays {
  readonly first: number;
  readonly count: number;
  readonly strings: readonly string[];
  /** The account id of each row's stream, as an index into `strings`. */
  readonly accountId: Uint32Array;
}

/** Packs consecutive facts (read once each; the fact objects may be reused by the caller). */
export function encodeChunk(
  facts: readonly LedgerFact[] | Iterable<LedgerFact>,
  capacity: number,
): ColumnChunk {
  const strings = new StringTable();
  const chunk = {
    first: 0,
    count: 0,
    stream: new Uint32Array(capacity),
    accountId: new Uint32Array(capacity),
    version: new Uint32Array(capacity),
    type: new Uint8Array(capacity),
    recordedAt: new Float64Array(capacity),
    actor: new Uint32Array(capacity),
    amount: new Float64Array(capacity),
    owner: new Uint32Array(capacity),
  };
  for (const fact of facts) {
    const row = chunk.count;
    if (row === 0) chunk.first = fact.position;
    else if (fact.position !== chunk.first + row)
      throw new Error(`Fact ${fact.position} does not follow the chunk.`);
    if (row >= capacity) throw new RangeError(`The chunk holds at most ${capacity} facts.`);
    chunk.stream[row] = strings.intern(fact.streamId);
    chunk.accountId[row] = strings.intern(fact.accountId);
    chunk.version[row] = fact.version;
    chunk.type[row] = TYPE_CODES.get(fact.type) ?? 0;
    chunk.recordedAt[row] = fact.recordedAt;
    chunk.actor[row] = strings.intern(fact.actor);
    chunk.amount[row] = fact.amount;
    chunk.owner[row] = strings.intern(fact.owner);
    chunk.count = row + 1;
  }
  return { ...chunk, strings: Array.from({ length: strings.size }, (_, index) => strings.get(index)) };
}

/** The buffers to transfer with a chunk. */
export function transferablesOf(chunk: ColumnChunk): ArrayBuffer[] {
  const { stream, accountId, version, type, recordedAt, actor, amount, owner } = chunk;
  return [stream, accountId, version, type, recordedAt, actor, amount, owner].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/** Yields the chunk's facts in order, refilling one object: folds must not keep it. */
export function* factsOfChunk(
  chunk: ColumnChunk,
  into: LedgerFact = emptyLedgerFact(),
): Generator<LedgerFact> {
  const text = (index: number | undefined) => chunk.strings[index ?? 0] ?? '';
  for (let row = 0; row < chunk.count; row++) {
    into.position = chunk.first + row;
    into.streamId = text(chunk.stream[row]);
    into.accountId = text(chunk.accountId[row]);
    into.version = chunk.version[row] ?? 0;
    into.type = ACCOUNT_EVENT_TYPES[chunk.type[row] ?? 0] as AccountEventType;
    into.recordedAt = chunk.recordedAt[row] ?? 0;
    into.actor = text(chunk.actor[row]);
    into.amount = chunk.amount[row] ?? 0;
    into.owner = text(chunk.owner[row]);
    yield into;
  }
}
