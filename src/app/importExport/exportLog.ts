/**
 * Exporting the log (or a position range of it) as a downloadable file. The events are read in ranges of
 * EXPORT_CHUNK and each chunk's text becomes its own Blob part at once, so a million events are never one
 * string; the header, which needs the final count, is put in front at the end.
 */
import type { EventStore } from '../../eventStore/EventStore';
import {
  clampRange,
  type PositionSpan,
  readLogChunks,
  writeEventLines,
} from '../../importExport/exportEvents';
import { exportFileName, headerLine, MEDIA_TYPE } from '../../importExport/format';

export interface ExportRun {
  /** Events written so far, of all. */
  readonly onProgress?: (written: number, total: number) => void;
  readonly signal?: AbortSignal;
  readonly now?: () => Date;
}

export interface ExportedFile {
  readonly blob: Blob;
  readonly fileName: string;
  readonly eventCount: number;
}

/** Positions `range` of the log (the whole log by default) as a `chronoledger-events` file. */
export async function exportLogFile(
  store: EventStore,
  range: Partial<PositionSpan> = {},
  { onProgress, signal, now = () => new Date() }: ExportRun = {},
): Promise<ExportedFile> {
  const span = clampRange(await store.headPosition(), range);
  const total = Math.max(0, span.to - span.from + 1);
  const parts: Blob[] = [];
  const eventCount = await writeEventLines(
    readLogChunks(store, span),
    (text) => parts.push(new Blob([text])),
    {
      onProgress: (written) => onProgress?.(written, total),
      ...(signal && { signal }),
    },
  );
  const exportedAt = now();
  const blob = new Blob([headerLine(eventCount, exportedAt), ...parts], { type: MEDIA_TYPE });
  const fileName = exportFileName(exportedAt, span.from, span.from + eventCount - 1);
  return { blob, fileName, eventCount };
}

/** Hands a file to the browser's downloads through an object URL and a temporary <a download>. */
export function downloadFile({ blob, fileName }: Pick<ExportedFile, 'blob' | 'fileName'>): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the download has started; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
