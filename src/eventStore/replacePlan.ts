/**
 * What `replaceLog` rebuilds besides the events: every stream's positions and every command's result. Both
 * implementations plan with this before changing anything, so a log that breaks the store's own invariants
 * is refused as a programming error (the caller validates first) and never half-written.
 *
 * Commands come from the events' `metadata.commandId`: a command is a run of consecutive events of one stream
 * carrying the same command id (that is how `append` writes them). If an id shows up again in a later run,
 * only its first run is remembered, as `findCommand` would have answered before.
 */
import type { AppendResult, StoredEvent } from './types';

export interface ReplacePlan {
  /** Each stream's positions in version order (version v at index v − 1). */
  readonly streams: ReadonlyMap<string, readonly number[]>;
  /** Each command's result, from the first run of events that carries its id. */
  readonly commands: ReadonlyMap<string, AppendResult>;
}

/** Throws a plain Error if positions are not 1..N, versions not 1..n per stream, or an id repeats. */
export function planReplace(events: readonly StoredEvent[]): ReplacePlan {
  const streams = new Map<string, number[]>();
  const commands = new Map<string, AppendResult>();
  const ids = new Set<string>();
  let run: { commandId: string; streamId: string; result: AppendResult } | undefined;
  events.forEach((event, index) => {
    if (event.position !== index + 1) {
      throw new Error(`replaceLog needs positions 1..N: event ${index + 1} has position ${event.position}.`);
    }
    if (ids.has(event.id)) throw new Error(`replaceLog needs unique event ids: ${event.id} repeats.`);
    ids.add(event.id);
    const positions = streams.get(event.streamId) ?? [];
    if (event.version !== positions.length + 1) {
      throw new Error(
        `replaceLog needs versions 1..n per stream: ${event.streamId} skips to ${event.version}.`,
      );
    }
    positions.push(event.position);
    streams.set(event.streamId, positions);
    const commandId = event.metadata.commandId;
    if (commandId !== undefined && run?.commandId === commandId && run.streamId === event.streamId) {
      run.result = { ...run.result, lastPosition: event.position, nextExpectedVersion: event.version };
    } else {
      if (run !== undefined && !commands.has(run.commandId)) commands.set(run.commandId, run.result);
      run =
        commandId === undefined ? undefined : { commandId, streamId: event.streamId, result: first(event) };
    }
  });
  if (run !== undefined && !commands.has(run.commandId)) commands.set(run.commandId, run.result);
  return { streams, commands };
}

function first(event: StoredEvent): AppendResult {
  return {
    streamId: event.streamId,
    firstPosition: event.position,
    lastPosition: event.position,
    nextExpectedVersion: event.version,
  };
}
