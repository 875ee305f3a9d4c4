import type { DomainEvent } from '../domain/decider';
import type { EventStore } from '../eventStore/EventStore';
import type { AggregateDefinition } from './aggregate';

export interface LoadedAggregate<State> {
  readonly state: State;
  readonly version: number;
  /** Where the state came from: the snapshot's version (0 for none) and how many events were replayed. */
  readonly snapshotVersion: number;
  readonly replayed: number;
}

/** The aggregate's current state: its latest persisted snapshot, if valid, plus the events after it. */
export async function loadAggregate<Command, Event extends DomainEvent, State>(
  store: EventStore,
  aggregate: AggregateDefinition<Command, Event, State>,
  streamId: string,
): Promise<LoadedAggregate<State>> {
  const snapshot = await store.loadSnapshot(streamId);
  const restored = snapshot && aggregate.restoreSnapshot(snapshot.state);
  const start =
    restored !== undefined && snapshot ? { state: restored, version: snapshot.version } : undefined;
  const events = await store.readStream(streamId, { fromVersion: (start?.version ?? 0) + 1 });
  let state = start?.state ?? aggregate.decider.initialState;
  for (const stored of events) {
    state = aggregate.decider.evolve(state, aggregate.decode(stored.type, stored.schemaVersion, stored.data));
  }
  const last = events.at(-1);
  return {
    state,
    version: last?.version ?? start?.version ?? 0,
    snapshotVersion: start?.version ?? 0,
    replayed: events.length,
  };
}
