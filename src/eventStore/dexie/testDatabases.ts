/** Test helper: Dexie event stores on fresh databases, closed and deleted after each test. */
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import type { EventStore } from '../EventStore';
import { openDexieEventStore } from './dexieEventStore';
import type { StorageLayout } from './layout';

export interface TestDatabases {
  /** A fresh database name, deleted after the test. */
  readonly newName: () => string;
  /** A store on `name` (a fresh database unless given), with the default layout unless `sizes` are given. */
  readonly open: (name?: string, sizes?: Partial<StorageLayout>) => Promise<EventStore>;
}

/** Call at the top of a test file or describe: registers the cleanup. */
export function registerTestDatabases(): TestDatabases {
  const names = new Set<string>();
  const stores: EventStore[] = [];
  afterEach(async () => {
    for (const store of stores.splice(0)) store.close();
    await Promise.all([...names].map((name) => Dexie.delete(name)));
    names.clear();
  });
  const newName = () => {
    const name = `test-${crypto.randomUUID()}`;
    names.add(name);
    return name;
  };
  return {
    newName,
    open: async (name = newName(), sizes = {}) => {
      names.add(name);
      const store = await openDexieEventStore({ databaseName: name, ...sizes });
      stores.push(store);
      return store;
    },
  };
}
