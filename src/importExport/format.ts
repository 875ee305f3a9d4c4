/**
 * The `chronoledger-events` file format, version 1 (docs/FORMAT.md): NDJSON, UTF-8, one JSON object per
 * line. Line 1 is the header; every further line is one stored event, exactly as the log holds it, with its
 * keys in a fixed order so that the same log always exports to the same lines.
 */
import type { EventMetadata, StoredEvent } from '../eventStore/types';

export const FORMAT_NAME = 'chronoledger-events';
export const FORMAT_VERSION = 1;
export const FILE_EXTENSION = '.ndjson';
export const MEDIA_TYPE = 'application/x-ndjson';

export interface ExportHeader {
  readonly format: typeof FORMAT_NAME;
  readonly formatVersion: typeof FORMAT_VERSION;
  /** ISO-8601 instant of the export. */
  readonly exportedAt: string;
  /** The number of event lines after the header. */
  readonly eventCount: number;
}

/** The keys of an event line, in the order they are written. */
export const EVENT_KEYS = [
  'id',
  'position',
  'streamId',
  'version',
  'type',
  'schemaVersion',
  'data',
  'metadata',
] as const;

/** The keys of `metadata`, in the order they are written; only `recordedAt` is required. */
export const METADATA_KEYS = ['recordedAt', 'commandId', 'correlationId', 'causationId', 'actor'] as const;

export function headerLine(eventCount: number, exportedAt: Date): string {
  const header: ExportHeader = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    eventCount,
  };
  return `${JSON.stringify(header)}\n`;
}

/** One event as its line, line break included. */
export function eventLine(event: StoredEvent): string {
  return `${JSON.stringify({
    id: event.id,
    position: event.position,
    streamId: event.streamId,
    version: event.version,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: orderedMetadata(event.metadata),
  })}\n`;
}

function orderedMetadata(metadata: EventMetadata): EventMetadata {
  const ordered: Record<string, string> = {};
  for (const key of METADATA_KEYS) {
    const value = metadata[key];
    if (value !== undefined) ordered[key] = value;
  }
  return ordered as unknown as EventMetadata;
}

/** A file name for an export of positions `from`..`to`, e.g. chronoledger-events-2026-05-01-1-250.ndjson. */
export function exportFileName(exportedAt: Date, from: number, to: number): string {
  const range = to < from ? 'empty' : `${from}-${to}`;
  return `${FORMAT_NAME}-${exportedAt.toISOString().slice(0, 10)}-${range}${FILE_EXTENSION}`;
}
