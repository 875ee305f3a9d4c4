/**
 * The upgrade from layout 1 (one record per event, one per command) to layout 2, run by Dexie inside the
 * versionchange transaction, before it deletes `events` and `commands`: any throw aborts the upgrade, the
 * database stays at version 1, and opening it fails with StorageError. Nothing is dropped silently:
 *
 * - every event moves, unchanged, into segments and the tail, read in order one segment's worth at a time;
 *   the positions must be exactly 1 … head;
 * - appended commands come from `commands` (an event's metadata.commandId need not be its command's id, so
 *   the command records are the authority; differing ids are kept as `commandIds`), and refusals move to
 *   `refusals`;
 * - streamIndex and commandIndex are built from them; `streams` must agree with the events;
 * - `streams` and `snapshots` stay as they are.
 */
import type { Table, Transaction } from 'dexie';
import { StorageError } from '../errors';
import type { StoredEvent } from '../types';
import { hashId, IdIndexAdditions } from './idIndex';
import { chunkRecords } from './indexWrites';
import type { LayoutRecord, StorageLayout } from './layout';
import { segmentOf, tailRecordOf } from './logWrites';
import type { StreamRecord } from './schema';
import type { V1CommandRecord, V1EventRecord } from './schemaV1';

const COMMAND_PAGE = 10_000;

/** The command whose events start at a position, with its last position. */
interface CommandSpan {
  readonly commandId: string;
  readonly lastPosition: number;
}

export function migrateV1ToV2(layout: StorageLayout): (tx: Transaction) => Promise<void> {
  return async (tx) => {
    const layoutRecord: LayoutRecord = { key: 'layout', ...layout };
    await tx.table('meta').put(layoutRecord);
    const commands = await migrateCommands(tx, layout);
    const streams = await migrateEvents(tx, layout, commands);
    await checkAndIndexStreams(tx, layout, streams);
  };
}

/** Moves refusals, indexes appended commands, and returns them by first position. */
async function migrateCommands(tx: Transaction, layout: StorageLayout): Promise<Map<number, CommandSpan>> {
  const table: Table<V1CommandRecord, string> = tx.table('commands');
  const spans = new Map<number, CommandSpan>();
  const index = new IdIndexAdditions();
  for (let page = await table.orderBy(':id').limit(COMMAND_PAGE).toArray(); page.length > 0;) {
    const refusals = [];
    for (const record of page) {
      if (record.kind === 'refused') {
        refusals.push({ commandId: record.commandId, code: record.code, message: record.message });
      } else {
        const { firstPosition, lastPosition } = record.result;
        spans.set(firstPosition, { commandId: record.commandId, lastPosition });
        index.add(hashId(record.commandId, layout.indexBuckets), firstPosition);
      }
    }
    await tx.table('refusals').bulkAdd(refusals);
    const last = page.at(-1)?.commandId ?? '';
    page = await table.where(':id').above(last).limit(COMMAND_PAGE).toArray();
  }
  await tx.table('commandIndex').bulkAdd(index.records(new Map()));
  return spans;
}

/** Moves the events into segments and tail; returns every stream's positions in version order. */
async function migrateEvents(
  tx: Transaction,
  layout: StorageLayout,
  commands: ReadonlyMap<number, CommandSpan>,
): Promise<Map<string, number[]>> {
  const table: Table<V1EventRecord, number> = tx.table('events');
  const { segmentSize } = layout;
  const head = (await table.orderBy(':id').lastKey()) ?? 0;
  if (typeof head !== 'number') throw new StorageError('Version-1 events are not keyed by position.');
  const streams = new Map<string, number[]>();
  let command: CommandSpan | undefined;
  for (let first = 1; first <= head; first += segmentSize) {
    const last = Math.min(first + segmentSize - 1, head);
    const events = await table.where(':id').between(first, last, true, true).toArray();
    const commandIds = events.map((event, offset) => {
      if (event.position !== first + offset)
        throw new StorageError(`Version-1 event ${first + offset} is missing.`);
      command = commands.get(event.position) ?? command;
      addToStream(streams, event);
      return command && event.position <= command.lastPosition ? command.commandId : undefined;
    });
    if (events.length !== last - first + 1)
      throw new StorageError(`Version-1 events ${first}–${last} are incomplete.`);
    if (events.length === segmentSize) {
      await tx.table('segments').add(segmentOf({ events, commandIds }));
    } else {
      await tx.table('tail').bulkAdd(events.map((event, index) => tailRecordOf(event, commandIds[index])));
    }
  }
  return streams;
}

function addToStream(streams: Map<string, number[]>, event: StoredEvent): void {
  const positions = streams.get(event.streamId) ?? [];
  if (event.version !== positions.length + 1) {
    throw new StorageError(
      `Version-1 stream ${event.streamId} skips from ${positions.length} to ${event.version}.`,
    );
  }
  positions.push(event.position);
  streams.set(event.streamId, positions);
}

/** Writes streamIndex after checking that `streams` records exactly the streams the events make. */
async function checkAndIndexStreams(
  tx: Transaction,
  layout: StorageLayout,
  streams: ReadonlyMap<string, readonly number[]>,
): Promise<void> {
  const rows: StreamRecord[] = await tx.table('streams').toArray();
  const disagreeing = rows.filter(
    (row) =>
      streams.get(row.streamId)?.length !== row.version ||
      streams.get(row.streamId)?.[0] !== row.firstPosition,
  );
  if (disagreeing.length > 0 || rows.length !== streams.size) {
    throw new StorageError('Version-1 streams disagree with the events; the database was not migrated.');
  }
  const chunks = [...streams].flatMap(([streamId, positions]) =>
    chunkRecords(streamId, 1, [], positions, layout.streamChunkSize),
  );
  await tx.table('streamIndex').bulkAdd(chunks);
}
