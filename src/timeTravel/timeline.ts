import {
  cloneReadModels,
  foldReadModels,
  initialReadModels,
  type Positioned,
  type ProjectionSet,
  type ReadModels,
} from '../projections/projection';

/** Where a seek's state came from: the checkpoint it started at and how many events it folded after it. */
export interface SeekSource {
  readonly checkpoint: number;
  readonly replayed: number;
}

export interface Seek<Models> {
  readonly readModels: ReadModels<Models>;
  readonly source: SeekSource;
}

/**
 * The log in memory with the read models at the present and at a checkpoint every `checkpointEvery` events.
 * `seek(p)` starts from the nearest checkpoint at or before p and folds forward with the very same
 * projections as the live view, so the past is never computed by a second code path.
 *
 * Read models returned by `present` and `seek` are read-only to callers. The present's models are folded in
 * place as events arrive; a past state is an independent copy (or an untouched checkpoint).
 */
export class Timeline<Models, Event extends Positioned> {
  private readonly events: Event[] = [];
  private readonly checkpoints: ReadModels<Models>[];
  private live: ReadModels<Models>;

  constructor(
    private readonly projections: ProjectionSet<Models, Event>,
    private readonly checkpointEvery = 256,
  ) {
    if (!Number.isInteger(checkpointEvery) || checkpointEvery < 1)
      throw new Error('checkpointEvery must be ≥ 1');
    this.live = initialReadModels(projections);
    this.checkpoints = [cloneReadModels(projections, this.live)];
  }

  get head(): number {
    return this.events.length;
  }

  get present(): ReadModels<Models> {
    return this.live;
  }

  /** The event at a position (1-based), if any. */
  eventAt(position: number): Event | undefined {
    return this.events[position - 1];
  }

  /** Events in positions [from, to], both inclusive and clamped to the log. */
  eventsBetween(from: number, to: number): readonly Event[] {
    return this.events.slice(Math.max(0, from - 1), Math.max(0, to));
  }

  /** Appends events that continue the log; events already held are ignored, a gap throws. */
  append(events: Iterable<Event>): void {
    for (const event of events) {
      if (event.position <= this.head) continue;
      if (event.position !== this.head + 1) {
        throw new Error(`The timeline is at ${this.head}; event ${event.position} would leave a gap.`);
      }
      this.events.push(event);
      this.live = foldReadModels(this.projections, this.live, [event]);
      if (event.position % this.checkpointEvery === 0) {
        this.checkpoints.push(cloneReadModels(this.projections, this.live));
      }
    }
  }

  /** The read models exactly as they were right after event `position` (0 = before the first event). */
  seek(position: number): Seek<Models> {
    const target = Math.min(Math.max(0, Math.trunc(position)), this.head);
    if (target === this.head) return { readModels: this.live, source: { checkpoint: target, replayed: 0 } };
    const start = this.checkpoints[Math.floor(target / this.checkpointEvery)];
    if (!start) throw new Error(`No checkpoint for position ${target}.`);
    if (start.checkpoint === target)
      return { readModels: start, source: { checkpoint: target, replayed: 0 } };
    const replay = this.eventsBetween(start.checkpoint + 1, target);
    const readModels = foldReadModels(this.projections, cloneReadModels(this.projections, start), replay);
    return { readModels, source: { checkpoint: start.checkpoint, replayed: replay.length } };
  }
}
