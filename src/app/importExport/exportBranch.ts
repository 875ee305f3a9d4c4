/**
 * A what-if branch as a `chronoledger-events` file: the real log up to the branch point, then the branch's
 * own events. Branch events were never stored, so they get their ids here (one command each, as they were
 * issued); the file imports like any other, which turns a branch into a ledger of its own.
 */
import type { EventStore } from '../../eventStore/EventStore';
import type { StoredEvent } from '../../eventStore/types';
import { ACCOUNT_EVENT_SCHEMA_VERSION } from '../../domain/account';
import { readLogChunks, writeEventLines } from '../../importExport/exportEvents';
import { exportFileName, headerLine, MEDIA_TYPE } from '../../importExport/format';
import { dataOfFact, type LedgerFact } from '../../projections/ledgerFact';
import type { Branch } from '../../whatIf/branch';
import type { ExportedFile, ExportRun } from './exportLog';

export async function exportBranchFile(
  store: EventStore,
  branch: Pick<Branch, 'basePosition' | 'events'>,
  {
    onProgress,
    signal,
    now = () => new Date(),
    newId = () => crypto.randomUUID(),
  }: ExportRun & { readonly newId?: () => string } = {},
): Promise<ExportedFile> {
  const total = branch.basePosition + branch.events.length;
  async function* chunks() {
    if (branch.basePosition > 0) yield* readLogChunks(store, { from: 1, to: branch.basePosition });
    yield branch.events.map((fact) => storedEventOf(fact, newId));
  }
  const parts: Blob[] = [];
  const eventCount = await writeEventLines(chunks(), (text) => parts.push(new Blob([text])), {
    onProgress: (written) => onProgress?.(written, total),
    ...(signal && { signal }),
  });
  const exportedAt = now();
  const blob = new Blob([headerLine(eventCount, exportedAt), ...parts], { type: MEDIA_TYPE });
  return {
    blob,
    fileName: exportFileName(exportedAt, 1, eventCount).replace(/\.ndjson$/, '-branch.ndjson'),
    eventCount,
  };
}

function storedEventOf(fact: LedgerFact, newId: () => string): StoredEvent {
  const commandId = newId();
  return {
    id: newId(),
    position: fact.position,
    streamId: fact.streamId,
    version: fact.version,
    type: fact.type,
    schemaVersion: ACCOUNT_EVENT_SCHEMA_VERSION,
    data: dataOfFact(fact),
    metadata: {
      recordedAt: new Date(fact.recordedAt).toISOString(),
      commandId,
      correlationId: commandId,
      causationId: commandId,
      ...(fact.actor !== '' && { actor: fact.actor }),
    },
  };
}
