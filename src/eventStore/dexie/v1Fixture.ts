/**
 * Test helper: a version-1 database written as the version-1 store wrote it (one record per event, one per
 * command, stream rows, snapshots), through a Dexie instance that declares only the frozen version-1 schema.
 */
import Dexie, { type Table } from 'dexie';
import type { AggregateSnapshot, AppendResult, CommandRecord, StoredEvent } from '../types';
import type { StreamRecord } from './schema';
import { V1_STORES } from './schemaV1';

export class V1Database extends Dexie {
  events!: Table<StoredEvent, number>;
  streams!: Table<StreamRecord, string>;
  commands!: Table<CommandRecord, string>;
  snapshots!: Table<AggregateSnapshot, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores(V1_STORES);
  }
}

export interface V1Content {
  readonly events: StoredEvent[];
  readonly streams: StreamRecord[];
  readonly commands: CommandRecord[];
  readonly snapshots: AggregateSnapshot[];
}

const STREAMS = ['account-1', 'account-2', 'account-3', 'account-4', 'account-5', 'transfer-1', 'transfer-2'];

/**
 * About `eventCount` events in commands of 1–6 events over seven streams. The metadata varies as the log
 * may hold it: command id set as the app sets it, absent, or another id than the command's.
 */
export function v1Content(eventCount: number): V1Content {
  const events: StoredEvent[] = [];
  const commands: CommandRecord[] = [];
  const versions = new Map<string, number>();
  for (let index = 0; events.length < eventCount; index += 1) {
    const commandId = `cmd-${index}`;
    const streamId = STREAMS[(index * 5) % STREAMS.length] ?? 'account-1';
    const count = 1 + ((index * 7) % 6);
    const version = versions.get(streamId) ?? 0;
    for (let offset = 0; offset < count; offset += 1) {
      const position = events.length + 1;
      const metadataCommandId = [commandId, undefined, `other-${index}`][index % 3];
      events.push({
        id: `evt-${position}`,
        position,
        streamId,
        version: version + offset + 1,
        type: offset === 0 ? 'Opened' : 'Deposited',
        schemaVersion: 1 + (index % 2),
        data: { amountMinor: position * 10, tags: ['v1', index], nested: { at: position } },
        metadata: {
          recordedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, position)).toISOString(),
          ...(metadataCommandId === undefined ? {} : { commandId: metadataCommandId }),
          correlationId: `corr-${index}`,
        },
      });
    }
    versions.set(streamId, version + count);
    const result: AppendResult = {
      streamId,
      firstPosition: events.length - count + 1,
      lastPosition: events.length,
      nextExpectedVersion: version + count,
    };
    commands.push({ commandId, kind: 'appended', result });
  }
  commands.push({ commandId: 'cmd-refused', kind: 'refused', code: 'LIMIT', message: 'Over the limit.' });
  const streams = [...versions].map(([streamId, version]) => ({
    streamId,
    version,
    firstPosition: events.find((event) => event.streamId === streamId)?.position ?? 0,
  }));
  const snapshots = STREAMS.slice(0, 3).map((streamId) => ({ streamId, version: 2, state: { balance: 20 } }));
  return { events, streams, commands, snapshots };
}

export async function writeV1Database(name: string, content: V1Content): Promise<void> {
  const db = new V1Database(name);
  try {
    await db.transaction('rw', [db.events, db.streams, db.commands, db.snapshots], async () => {
      await db.events.bulkAdd(content.events);
      await db.streams.bulkAdd(content.streams);
      await db.commands.bulkAdd(content.commands);
      await db.snapshots.bulkAdd(content.snapshots);
    });
  } finally {
    db.close();
  }
}
