/**
 * An import from text to the store: every line is validated first (LogValidator), and only a file that
 * passes completely reaches `replaceLog`, which swaps the log in one transaction. So a refused file, a
 * cancelled import or a failed write all leave the old log exactly as it was.
 *
 * The work pauses for a macrotask about every 40 ms, so that the page (or a worker's message loop, which
 * must see "cancel") stays responsive; progress is reported at each pause.
 */
import type { EventStore } from '../eventStore/EventStore';
import { nextTask } from './exportEvents';
import { IMPORT_LIMITS, type ImportLimits } from './importLimits';
import { splitLines } from './lines';
import { LogValidator, type ValidatedLog } from './logValidator';

export type ImportPhase = 'checking' | 'writing';

export interface ImportOptions {
  /** While checking: lines checked so far; while writing: events written of all. */
  readonly onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  /** Aborting rejects with an AbortError; before the write commits, nothing is changed. */
  readonly signal?: AbortSignal;
  readonly limits?: ImportLimits;
  readonly pause?: () => Promise<void>;
  /** Milliseconds of work between pauses (and progress reports). */
  readonly pauseEveryMs?: number;
}

export interface ImportSummary {
  readonly eventCount: number;
  readonly exportedAt: string;
}

export async function validateNdjson(
  chunks: AsyncIterable<string> | Iterable<string>,
  { onProgress, signal, limits = IMPORT_LIMITS, pause = nextTask, pauseEveryMs = 40 }: ImportOptions = {},
): Promise<ValidatedLog> {
  const validator = new LogValidator(limits);
  let pausedAt = performance.now();
  for await (const line of splitLines(chunks, limits)) {
    validator.accept(line);
    if (performance.now() - pausedAt >= pauseEveryMs) {
      onProgress?.('checking', validator.lineCount, (validator.expectedEvents ?? 0) + 1);
      await pause();
      signal?.throwIfAborted();
      pausedAt = performance.now();
    }
  }
  signal?.throwIfAborted();
  return validator.finish();
}

export async function importNdjson(
  chunks: AsyncIterable<string> | Iterable<string>,
  store: Pick<EventStore, 'replaceLog'>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const { header, events } = await validateNdjson(chunks, options);
  const { onProgress, signal } = options;
  await store.replaceLog(events, {
    ...(onProgress && {
      onProgress: (written: number, total: number) => onProgress('writing', written, total),
    }),
    ...(signal && { signal }),
  });
  return { eventCount: events.length, exportedAt: header.exportedAt };
}
