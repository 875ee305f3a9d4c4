import { isDomainRuleViolation, DomainRuleViolation } from '../domain/DomainRuleViolation';
import type { DomainEvent } from '../domain/decider';
import { isCommandAlreadyRefused } from '../eventStore/commandErrors';
import { isConcurrencyError } from '../eventStore/errors';
import type { EventStore } from '../eventStore/EventStore';
import type { AppendResult, EventMetadata } from '../eventStore/types';
import type { AggregateDefinition } from './aggregate';
import { loadAggregate } from './loadAggregate';

export interface CommandDependencies {
  readonly store: EventStore;
  /** The clock and the id source are injected so that the engine stays deterministic under test. */
  readonly now: () => Date;
  readonly newId: () => string;
  /** Persist an aggregate snapshot each time a stream's version crosses a multiple of this. */
  readonly snapshotEvery: number;
}

/** Who issued a command and why; recorded in every event's metadata. */
export interface CommandContext {
  readonly commandId: string;
  readonly actor?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
}

export type CommandOutcome =
  | { readonly status: 'accepted'; readonly result: AppendResult; readonly duplicate: boolean }
  | { readonly status: 'refused'; readonly violation: DomainRuleViolation };

/**
 * Load → decide → append with the expected version. A command id seen before gets its original outcome
 * without deciding again. On a concurrency conflict the state is loaded and the command decided once more;
 * a second conflict is thrown as ConcurrencyError. Storage failures are thrown as StorageError.
 * The outcome is "accepted" only after the append's transaction has committed.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  deps: CommandDependencies,
  aggregate: AggregateDefinition<Command, Event, State>,
  command: Command,
  context: CommandContext,
): Promise<CommandOutcome> {
  const earlier = await deps.store.findCommand(context.commandId);
  if (earlier?.kind === 'appended') return { status: 'accepted', result: earlier.result, duplicate: true };
  if (earlier?.kind === 'refused') return refused(new DomainRuleViolation(earlier.code, earlier.message));
  try {
    return await attempt(deps, aggregate, command, context);
  } catch (error) {
    if (!isConcurrencyError(error)) throw error;
    return attempt(deps, aggregate, command, context);
  }
}

async function attempt<Command, Event extends DomainEvent, State>(
  deps: CommandDependencies,
  aggregate: AggregateDefinition<Command, Event, State>,
  command: Command,
  context: CommandContext,
): Promise<CommandOutcome> {
  const streamId = aggregate.streamIdOf(command);
  const loaded = await loadAggregate(deps.store, aggregate, streamId);
  let events: readonly Event[];
  try {
    events = aggregate.decider.decide(command, loaded.state);
  } catch (error) {
    if (!isDomainRuleViolation(error)) throw error;
    await deps.store.recordRefusal(context.commandId, error.code, error.message);
    return refused(error);
  }
  const metadata = metadataFor(deps, context);
  const nextVersion = loaded.version + events.length;
  try {
    const result = await deps.store.append({
      streamId,
      events: events.map((event) => ({
        id: deps.newId(),
        type: event.type,
        schemaVersion: aggregate.schemaVersion,
        data: event.data,
        metadata,
      })),
      expected: loaded.version === 0 ? 'no_stream' : loaded.version,
      commandId: context.commandId,
      ...(crossesSnapshot(loaded.version, nextVersion, deps.snapshotEvery) && {
        snapshot: {
          streamId,
          version: nextVersion,
          state: events.reduce(aggregate.decider.evolve, loaded.state),
        },
      }),
    });
    return { status: 'accepted', result, duplicate: false };
  } catch (error) {
    if (isCommandAlreadyRefused(error)) return refused(new DomainRuleViolation(error.code, error.message));
    throw error;
  }
}

function metadataFor(deps: CommandDependencies, context: CommandContext): EventMetadata {
  return {
    recordedAt: deps.now().toISOString(),
    commandId: context.commandId,
    correlationId: context.correlationId ?? context.commandId,
    causationId: context.causationId ?? context.commandId,
    ...(context.actor !== undefined && { actor: context.actor }),
  };
}

function crossesSnapshot(before: number, after: number, every: number): boolean {
  return every > 0 && Math.floor(after / every) > Math.floor(before / every);
}

function refused(violation: DomainRuleViolation): CommandOutcome {
  return { status: 'refused', violation };
}
