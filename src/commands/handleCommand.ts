import { isDomainRuleViolation, DomainRuleViolation } from '../domain/DomainRuleViolation';
import type { DomainEvent } from '../domain/decider';
import { isCommandAlreadyRefused } from '../eventStore/commandErrors';
import { isConcurrencyError } from '../eventStore/errors';
import type { EventStore } from '../eventStore/EventStore';
import type { AppendResult, EventMetadata } from '../eventStore/types';
import type { AggregateDefinition } from './aggregate';
import type { AggregateCache } from './aggregateCache';
import { loadAggregate } from './loadAggregate';

export interface CommandDependencies {
  readonly store: EventStore;
  /** The clock and the id source are injected so that the engine stays deterministic under test. */
  readonly now: () => Date;
  readonly newId: () => string;
  /** Persist an aggregate snapshot each time a stream's version crosses a multiple of this. */
  readonly snapshotEvery: number;
  /** States of streams this tab wrote, so that a command costs one transaction. Optional. */
  readonly cache?: AggregateCache<unknown>;
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
 * Load → decide → append with the expected version. The state comes from the cache when this tab knows the
 * stream, else from the store (snapshot plus later events). A command id seen before gets its original outcome
 * (the store checks it inside the append's transaction). On a concurrency conflict the state is loaded from
 * the store and the command decided once more; a second conflict is thrown as ConcurrencyError. A refusal
 * is only ever decided on the store's own state, never on a cached one. Storage failures are thrown as
 * StorageError. The outcome is "accepted" only after the append's transaction has committed.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  deps: CommandDependencies,
  aggregate: AggregateDefinition<Command, Event, State>,
  command: Command,
  context: CommandContext,
): Promise<CommandOutcome> {
  const cache = deps.cache as AggregateCache<State> | undefined;
  const streamId = aggregate.streamIdOf(command);
  try {
    return await attempt(deps, aggregate, command, context, cache?.get(streamId));
  } catch (error) {
    if (!isConcurrencyError(error)) throw error;
    cache?.forget(streamId);
    return attempt(deps, aggregate, command, context, undefined);
  }
}

type Known<State> = { readonly version: number; readonly state: State };

async function attempt<Command, Event extends DomainEvent, State>(
  deps: CommandDependencies,
  aggregate: AggregateDefinition<Command, Event, State>,
  command: Command,
  context: CommandContext,
  cached: Known<State> | undefined,
): Promise<CommandOutcome> {
  const streamId = aggregate.streamIdOf(command);
  const loaded = cached ?? (await loadAggregate(deps.store, aggregate, streamId));
  let events: readonly Event[];
  try {
    events = aggregate.decider.decide(command, loaded.state);
  } catch (error) {
    if (!isDomainRuleViolation(error)) throw error;
    if (cached) return attempt(deps, aggregate, command, context, undefined);
    return settleRefusal(deps.store, context.commandId, error);
  }
  const nextVersion = loaded.version + events.length;
  const nextState = events.reduce(aggregate.decider.evolve, loaded.state);
  const metadata = metadataFor(deps, context);
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
        snapshot: { streamId, version: nextVersion, state: nextState },
      }),
    });
    // The store answers a command id it already holds with that command's original result, which lies at
    // or before the version decided on (or on another stream); a new append always lies after it.
    const duplicate = result.streamId !== streamId || result.nextExpectedVersion <= loaded.version;
    if (!duplicate) (deps.cache as AggregateCache<State> | undefined)?.set(streamId, nextVersion, nextState);
    return { status: 'accepted', result, duplicate };
  } catch (error) {
    if (isCommandAlreadyRefused(error)) return refused(new DomainRuleViolation(error.code, error.message));
    throw error;
  }
}

/**
 * A refusal decided on the store's state: remembered under the command id unless the id already has an
 * outcome, and the outcome on record is the answer. Recording first and reading after (the store records
 * nothing over an outcome) also gives the right answer when another tab carried out the same command id in
 * between. For any caller that must settle a command id as refused (a transfer's follow-up that could not
 * be stored, say).
 */
export async function settleRefusal(
  store: EventStore,
  commandId: string,
  violation: DomainRuleViolation,
): Promise<CommandOutcome> {
  await store.recordRefusal(commandId, violation.code, violation.message);
  const settled = await store.findCommand(commandId);
  if (settled?.kind === 'appended') return { status: 'accepted', result: settled.result, duplicate: true };
  return refused(settled ? new DomainRuleViolation(settled.code, settled.message) : violation);
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
