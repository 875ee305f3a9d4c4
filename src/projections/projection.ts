/** Anything the read side folds carries its global position. */
export interface Positioned {
  readonly position: number;
}

/**
 * A read model as a pure fold over the log. `apply` may update `model` in place and return it: the fold owns
 * its accumulator. Callers may still hold what a query handed out of it (kept rows, see `RowMap`), so `apply`
 * changes a row of a `RowMap` only through `writable` (or `set`s a new one). `clone` gives an independent
 * copy (for checkpoints and seeks, so it must be cheap: see `AccountColumns`), so a past state is never
 * disturbed by later events.
 */
export interface Projection<Model, Event extends Positioned> {
  readonly name: string;
  initial(): Model;
  apply(model: Model, event: Event): Model;
  clone(model: Model): Model;
  /** Plain, structured-cloneable data for persisting an independent copy of the model. */
  persist(model: Model): unknown;
  /** The model back from persisted data, or undefined when the data cannot be trusted. */
  restore(data: unknown): Model | undefined;
}

/** Several projections folded together, by name. */
export type ProjectionSet<Models, Event extends Positioned> = {
  readonly [Name in keyof Models]: Projection<Models[Name], Event>;
};

/** The models of a set, with the checkpoint: the position of the last event they applied. */
export interface ReadModels<Models> {
  readonly checkpoint: number;
  readonly models: Models;
}

export function initialReadModels<Models, Event extends Positioned>(
  set: ProjectionSet<Models, Event>,
): ReadModels<Models> {
  return { checkpoint: 0, models: mapSet(set, (projection) => projection.initial()) };
}

export function cloneReadModels<Models, Event extends Positioned>(
  set: ProjectionSet<Models, Event>,
  readModels: ReadModels<Models>,
): ReadModels<Models> {
  const models = mapSet(set, (projection, name) => projection.clone(readModels.models[name]));
  return { checkpoint: readModels.checkpoint, models };
}

/**
 * Folds events into the read models. Events at or before the checkpoint are skipped, so delivering an event
 * twice is harmless; an event that skips a position is a bug upstream and throws.
 */
export function foldReadModels<Models, Event extends Positioned>(
  set: ProjectionSet<Models, Event>,
  readModels: ReadModels<Models>,
  events: Iterable<Event>,
): ReadModels<Models> {
  const fold = new ReadModelsFold(set, readModels);
  for (const event of events) fold.apply(event);
  return fold.finish();
}

/**
 * `foldReadModels` one event at a time, for callers that refill one event object in a loop of their own
 * (a generator would allocate an iterator result per event, and a seek folds thousands).
 */
export class ReadModelsFold<Models, Event extends Positioned> {
  private checkpoint: number;
  private readonly models: Models;
  private readonly names: (keyof Models)[];

  constructor(
    private readonly set: ProjectionSet<Models, Event>,
    readModels: ReadModels<Models>,
  ) {
    this.checkpoint = readModels.checkpoint;
    this.models = { ...readModels.models };
    this.names = Object.keys(set) as (keyof Models)[];
  }

  /** Applies an event (skipped if at or before the checkpoint; throws if it skips a position). */
  apply(event: Event): void {
    if (event.position <= this.checkpoint) return;
    if (event.position !== this.checkpoint + 1) {
      throw new Error(
        `Read models at ${this.checkpoint} cannot apply event ${event.position}: positions must not skip.`,
      );
    }
    const { names, models, set } = this;
    for (let index = 0; index < names.length; index++) {
      const name = names[index] as keyof Models;
      models[name] = set[name].apply(models[name], event);
    }
    this.checkpoint = event.position;
  }

  /** The position of the last event applied. */
  get position(): number {
    return this.checkpoint;
  }

  /** The read models folded so far; the fold hands them over and must not apply more after this. */
  finish(): ReadModels<Models> {
    return { checkpoint: this.checkpoint, models: this.models };
  }
}

function mapSet<Models, Event extends Positioned>(
  set: ProjectionSet<Models, Event>,
  make: <Name extends keyof Models>(projection: Projection<Models[Name], Event>, name: Name) => Models[Name],
): Models {
  const models = {} as Models;
  for (const name of Object.keys(set) as (keyof Models)[]) models[name] = make(set[name], name);
  return models;
}

/** Persistable data for every model of a set (each an independent copy, safe to write asynchronously). */
export function persistReadModels<Models, Event extends Positioned>(
  set: ProjectionSet<Models, Event>,
  readModels: ReadModels<Models>,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const name of Object.keys(set) as (keyof Models & string)[]) {
    data[name] = set[name].persist(set[name].clone(readModels.models[name]));
  }
  return data;
}

/** Read models back from persisted data at a checkpoint, or undefined if any model cannot be trusted. */
export function restoreReadModels<Models, Event extends Positioned>(
  set: ProjectionSet<Models, Event>,
  data: unknown,
  checkpoint: number,
): ReadModels<Models> | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const models = {} as Models;
  for (const name of Object.keys(set) as (keyof Models & string)[]) {
    const model = set[name].restore((data as Record<string, unknown>)[name]);
    if (model === undefined) return undefined;
    models[name] = model;
  }
  return { checkpoint, models };
}
