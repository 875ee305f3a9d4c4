/**
 * A pure decider: `decide` turns a command and the current state into the events that record what happened
 * (or throws a DomainRuleViolation), and `evolve` folds one event into the state. Neither reads the clock,
 * generates ids or touches storage: all of that is passed in.
 */
export interface Decider<Command, Event, State> {
  readonly initialState: State;
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, event: Event): State;
}

/** Events and commands are tagged unions of plain, serialisable data. */
export interface DomainEvent {
  readonly type: string;
  readonly data: unknown;
}
