/** Migration from layout 1 to layout 2: everything the version-1 store held reads back identically. */
import { describe, expect, it } from 'vitest';
import { appendRequest, rejectionOf } from '../contract/fixtures';
import { isStorageError } from '../errors';
import type { EventStore } from '../EventStore';
import { LedgerDatabase } from './schema';
import { registerTestDatabases } from './testDatabases';
import { V1Database, type V1Content, v1Content, writeV1Database } from './v1Fixture';

const databases = registerTestDatabases();

async function expectSameContent(store: EventStore, content: V1Content): Promise<void> {
  expect(await store.readAll()).toStrictEqual(content.events);
  expect(await store.headPosition()).toBe(content.events.length);
  expect(await store.streamIds()).toEqual(content.streams.map((stream) => stream.streamId).sort());
  for (const { streamId, version } of content.streams) {
    const stream = content.events.filter((event) => event.streamId === streamId);
    expect(await store.streamVersion(streamId)).toBe(version);
    expect(await store.readStream(streamId)).toStrictEqual(stream);
    expect(await store.readStream(streamId, { fromVersion: 3, toVersion: version - 2 })).toStrictEqual(
      stream.slice(2, version - 2),
    );
  }
  for (const command of content.commands) {
    expect(await store.findCommand(command.commandId)).toEqual(command);
  }
  for (const snapshot of content.snapshots) {
    expect(await store.loadSnapshot(snapshot.streamId)).toEqual(snapshot);
  }
}

/** Commands whose events straddle position `boundary` / `boundary + 1`. */
const straddling = (content: V1Content, boundary: number) =>
  content.commands.filter(
    (command) =>
      command.kind === 'appended' &&
      command.result.firstPosition <= boundary &&
      command.result.lastPosition > boundary,
  );

describe('migration from layout 1', () => {
  const content = v1Content(2_500);

  it('starts from a version-1 log that crosses segment boundaries inside commands', () => {
    expect(content.events).toHaveLength(2_500);
    expect(straddling(content, 1024)).toHaveLength(1);
    expect(straddling(content, 2048)).toHaveLength(1);
  });

  for (const segmentSize of [1024, 8]) {
    it(`keeps every event, stream, command and snapshot, and appends continue (segment size ${segmentSize})`, async () => {
      const name = databases.newName();
      await writeV1Database(name, content);
      const store = await databases.open(name, { segmentSize, streamChunkSize: 16 });
      await expectSameContent(store, content);

      const stream = content.streams[0];
      if (stream === undefined) throw new Error('The fixture has streams.');
      const next = await store.append(appendRequest(stream.streamId, 2, stream.version));
      expect(next).toEqual({
        streamId: stream.streamId,
        firstPosition: 2_501,
        lastPosition: 2_502,
        nextExpectedVersion: stream.version + 2,
      });
      const [batched] = await store.appendBatch([appendRequest('account-new', segmentSize + 1, 'no_stream')]);
      expect(batched?.lastPosition).toBe(2_503 + segmentSize);
      expect(
        (await store.append(appendRequest('account-1', 1, 'any', { commandId: 'cmd-7' }))).lastPosition,
      ).toBe(content.commands[7]?.kind === 'appended' ? content.commands[7].result.lastPosition : -1);
      const v2 = new LedgerDatabase(name);
      try {
        await v2.open();
        expect(v2.verno).toBe(2);
        expect(v2.tables.map((table) => table.name)).not.toContain('events');
        expect(v2.tables.map((table) => table.name)).not.toContain('commands');
        expect(await v2.meta.get('layout')).toMatchObject({ segmentSize, streamChunkSize: 16 });
      } finally {
        v2.close();
      }
    });
  }

  it('migrates an empty version-1 database', async () => {
    const name = databases.newName();
    await writeV1Database(name, { events: [], streams: [], commands: [], snapshots: [] });
    const store = await databases.open(name);
    expect(await store.headPosition()).toBe(0);
    expect((await store.append(appendRequest('account-a', 1))).firstPosition).toBe(1);
  });

  it('refuses to migrate a log whose streams disagree with its events, leaving version 1 untouched', async () => {
    const name = databases.newName();
    const broken = v1Content(40);
    const [first, ...rest] = broken.streams;
    if (first === undefined) throw new Error('The fixture has streams.');
    await writeV1Database(name, { ...broken, streams: [{ ...first, version: first.version + 1 }, ...rest] });
    const error = await rejectionOf(databases.open(name));
    expect(isStorageError(error)).toBe(true);
    const v1 = new V1Database(name);
    try {
      await v1.open();
      expect(v1.verno).toBe(1);
      expect(await v1.events.count()).toBe(broken.events.length);
      expect(await v1.commands.count()).toBe(broken.commands.length);
    } finally {
      v1.close();
    }
  });
});
