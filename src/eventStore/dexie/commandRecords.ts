/**
 * What the store knows of a command: refused (a record of its own) or appended (found through the command
 * index, see commandLookup.ts). Each function runs its own transaction.
 */
import type { CommandRecord } from '../types';
import { lookupCommand } from './commandLookup';
import type { StorageLayout } from './layout';
import type { LedgerDatabase } from './schema';

/** Records a refusal unless the command already has an outcome: the first one recorded is kept. */
export function recordRefusalIn(
  db: LedgerDatabase,
  layout: StorageLayout,
  { commandId, code, message }: { commandId: string; code: string; message: string },
): Promise<void> {
  return db.transaction('rw', [db.refusals, db.commandIndex, db.segments, db.tail], async () => {
    const [refused, appended] = await Promise.all([
      db.refusals.get(commandId),
      lookupCommand(db, layout, commandId),
    ]);
    if (refused === undefined && appended === undefined) await db.refusals.add({ commandId, code, message });
  });
}

/** The command's outcome, if it has one. */
export function findCommandIn(
  db: LedgerDatabase,
  layout: StorageLayout,
  commandId: string,
): Promise<CommandRecord | undefined> {
  return db.transaction('r', [db.refusals, db.commandIndex, db.segments, db.tail], async () => {
    const refused = await db.refusals.get(commandId);
    if (refused !== undefined) return { ...refused, kind: 'refused' } as const;
    const result = await lookupCommand(db, layout, commandId);
    return result && ({ commandId, kind: 'appended', result } as const);
  });
}
