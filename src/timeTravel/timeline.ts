import {
  cloneReadModels,
  foldReadModels,
  initialReadModels,
  type Positioned,
  type ProjectionSet,
  type ReadModels,
} from '../projections/projection';
import { factsBetween, type FactLog } from './factLog';

/** Where a seek's state came from: the checkpoint it started at and how many events it folded after it. */
export interface SeekSource {
  readonly checkpoint: number;
  readonly replayed: number;
}

export interface Seek<Models> {
  readonly readModels: ReadModels<Models>;
  readonly source: SeekSource;
}

/** Default checkpoint spacing: a seek folds at most this many events, and checkpoints stay few at 1M. */
export const DEFAULT_CHECKPOINT_EVERY = 4096;

export interface TimelineOptions<Fact> {
  /** Makes the fact object that seeks refill. */
  readonly newFact: () => Fact;
  /** Keep a copy of the read models every this many events. */
  readonly checkpointEvery?: number;
}

/**
 * The log in memory with the read models at the present and at a checkpoint every `checkpointEvery` events.
 * `seek(p)` starts from the nearest checkpoint at or before p and folds forward with the very same
 * projections as the live view, so the past is never computed by a second code path.
 *
 * Start-up may `restore` the present from persisted read models and load the history afterwards: until the
 * history catches up, the present is the restored one and new facts wait for the history; once it catches
 * up, the fold of the whole history (the truth) becomes the present.
 *
 * Read models returned by `present` and `seek` are read-only to callers. The present is folded in place as
 * events arrive; a past state is an independent copy (or an untouched checkpoint).
 */
export class Timeline<Models, Fact extends Positioned> {
  private readonly checkpointEvery: number;
  private readonly checkpoints: ReadModels<Models>[];
  private folded: ReadModels<Models>;
  private restored: ReadModels<Models> | null = null;
  private readonly pending: Fact[] = [];
  private readonly scratch: Fact;

  constructor(
    private readonly projections: ProjectionSet<Models, Fact>,
    private readonly log: FactLog<Fact>,
    options: TimelineOptions<Fact>,
  ) {
    this.checkpointEvery = options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY;
    if (!Number.isInteger(this.checkpointEvery) || this.checkpointEvery < 1) {
      throw new RangeError('checkpointEvery must be a whole number ≥ 1.');
    }
    this.scratch = options.newFact();
    this.folded = initialReadModels(projections);
    this.checkpoints = [cloneReadModels(projections, this.folded)];
    this.foldLog();
  }

  /** The number of events in the log. */
  get head(): number {
    return this.restored?.checkpoint ?? this.log.length;
  }

  /** Positions 0..historyLength can be seeked; less than `head` only while a restored history loads. */
  get historyLength(): number {
    return this.log.length;
  }

  get present(): ReadModels<Models> {
    return this.restored ?? this.folded;
  }

  /** Appends the fact that continues the log (one already held is ignored; a gap throws). */
  append(fact: Fact): void {
    this.appendAll([fact]);
  }

  /** Appends facts that continue the log, in order, folding them in runs (fast for many facts). */
  appendAll(facts: Iterable<Fact>): void {
    for (const fact of facts) {
      if (fact.position <= this.head) continue;
      if (fact.position !== this.head + 1) {
        throw new Error(`The timeline is at ${this.head}; event ${fact.position} would leave a gap.`);
      }
      if (this.restored) {
        this.restored = foldReadModels(this.projections, this.restored, [fact]);
        this.pending.push({ ...fact });
      } else {
        this.log.append(fact);
      }
    }
    if (!this.restored) this.foldLog();
  }

  /** Starts from read models persisted at their checkpoint; only on an empty timeline. */
  restore(readModels: ReadModels<Models>): void {
    if (this.log.length > 0 || this.restored) throw new Error('Only an empty timeline can be restored.');
    this.restored = readModels.checkpoint > 0 ? readModels : null;
  }

  /**
   * Feeds the history that precedes a restored present, oldest first. Returns true once the history has
   * caught up and its fold has replaced the restored models.
   */
  loadHistory(facts: Iterable<Fact>): boolean {
    if (!this.restored) return true;
    const restoredAt = this.restored.checkpoint - this.pending.length;
    for (const fact of facts) {
      if (fact.position > restoredAt)
        throw new Error(`History event ${fact.position} is past the restored ${restoredAt}.`);
      this.log.append(fact);
    }
    if (this.log.length === restoredAt) {
      for (const fact of this.pending.splice(0)) this.log.append(fact);
      this.restored = null;
    }
    this.foldLog();
    return this.restored === null;
  }

  /**
   * The read models exactly as they were right after event `position` (0 = before the first event).
   * Without checkpoints (to show what they save), the fold starts from nothing every time.
   */
  seek(position: number, { useCheckpoints = true }: { useCheckpoints?: boolean } = {}): Seek<Models> {
    const target = Math.min(Math.max(0, Math.trunc(position)), this.head);
    if (target === this.head && useCheckpoints) {
      return { readModels: this.present, source: { checkpoint: target, replayed: 0 } };
    }
    if (target > this.log.length)
      throw new RangeError(`The history is loaded up to ${this.log.length} only.`);
    const start = useCheckpoints
      ? this.checkpoints[Math.floor(target / this.checkpointEvery)]
      : this.checkpoints[0];

    if (!start) throw new Error(`No checkpoint for position ${target}.`);
    if (start.checkpoint === target)
      return { readModels: start, source: { checkpoint: target, replayed: 0 } };
    const replay = factsBetween(this.log, start.checkpoint + 1, target, this.scratch);
    const readModels = foldReadModels(this.projections, cloneReadModels(this.projections, start), replay);
    return { readModels, source: { checkpoint: start.checkpoint, replayed: target - start.checkpoint } };
  }

  /** Folds the log's events past the history's fold, in runs that stop at each checkpoint to copy it. */
  private foldLog(): void {
    while (this.folded.checkpoint < this.log.length) {
      const from = this.folded.checkpoint + 1;
      const nextCheckpoint =
        (Math.floor(this.folded.checkpoint / this.checkpointEvery) + 1) * this.checkpointEvery;
      const to = Math.min(this.log.length, nextCheckpoint);
      this.folded = foldReadModels(
        this.projections,
        this.folded,
        factsBetween(this.log, from, to, this.scratch),
      );
      if (to === nextCheckpoint) this.checkpoints.push(cloneReadModels(this.projections, this.folded));
    }
  }
}
