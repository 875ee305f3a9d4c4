/**
 * The log's own invariants, checked line by line as the file streams in: positions 1..N without gaps,
 * versions 1..n per stream, unique event ids, and each command id on one run of consecutive events of one
 * stream (how `append` writes a command; `replaceLog` rebuilds the command index from these runs).
 */
import type { StoredEvent } from '../eventStore/types';
import { ImportRefused, quote } from './ImportRefused';

export class SequenceChecks {
  private readonly versions = new Map<string, number>();
  private readonly ids = new Set<string>();
  /** Command ids whose run of events has ended. */
  private readonly endedCommands = new Set<string>();
  private run: { readonly commandId: string; readonly streamId: string } | undefined;
  private position = 0;

  check(event: StoredEvent, line: number): void {
    const expected = this.position + 1;
    if (event.position !== expected) {
      throw new ImportRefused(
        line,
        `position is ${event.position} but ${expected} comes next: positions run 1, 2, 3, … without gaps.`,
      );
    }
    if (this.ids.has(event.id))
      throw new ImportRefused(line, `id ${quote(event.id)} was used by an earlier event.`);
    const version = (this.versions.get(event.streamId) ?? 0) + 1;
    if (event.version !== version) {
      throw new ImportRefused(
        line,
        `version is ${event.version} but ${version} comes next in stream ${quote(event.streamId)}: ` +
          'versions run 1, 2, 3, … per stream.',
      );
    }
    this.checkCommand(event, line);
    this.position = expected;
    this.ids.add(event.id);
    this.versions.set(event.streamId, version);
  }

  private checkCommand({ streamId, metadata: { commandId } }: StoredEvent, line: number): void {
    const run = this.run;
    if (run !== undefined && run.commandId === commandId && run.streamId === streamId) return;
    if (commandId !== undefined && (this.endedCommands.has(commandId) || run?.commandId === commandId)) {
      throw new ImportRefused(
        line,
        `command id ${quote(commandId)} already appeared on earlier events: a command's events are ` +
          'consecutive events of one stream.',
      );
    }
    if (run !== undefined) this.endedCommands.add(run.commandId);
    this.run = commandId === undefined ? undefined : { commandId, streamId };
  }
}
