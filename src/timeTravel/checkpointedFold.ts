import {
  cloneReadModels,
  initialReadModels,
  type Positioned,
  type ProjectionSet,
  type ReadModels,
} from '../projections/projection';
import { foldFactsBetween, type ReadableFactLog } from './factLog';

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

export interface FoldOptions<Fact> {
  /** Makes the fact object that folds refill. */
  readonly newFact: () => Fact;
  /** Keep a copy of the read models every this many events. */
  readonly checkpointEvery?: number;
}

/**
 * Projections folded over a log this fold only reads, with a copy of the models every `checkpointEvery`
 * events: `seek(p)` starts from the nearest copy at or before p. It folds only when asked (`catchUp`), so a
 * caller can fold a long log in slices and stay responsive. The time machine's timeline is one; a projection
 * added or rebuilt later is another, over the very same log.
 *
 * Models returned by `present` and `seek` are read-only to callers: the present is folded in place, and a
 * past state is an independent copy (or an untouched checkpoint).
 */
export class CheckpointedFold<Models, Fact extends Positioned> {
  private readonly checkpointEvery: number;
  private readonly checkpoints: ReadModels<Models>[];
  private folded: ReadModels<Models>;
  private readonly scratch: Fact;

  constructor(
    private readonly projections: ProjectionSet<Models, Fact>,
    private readonly log: ReadableFactLog<Fact>,
    options: FoldOptions<Fact>,
  ) {
    this.checkpointEvery = options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY;
    if (!Number.isInteger(this.checkpointEvery) || this.checkpointEvery < 1) {
      throw new RangeError('checkpointEvery must be a whole number ≥ 1.');
    }
    this.scratch = options.newFact();
    this.folded = initialReadModels(projections);
    this.checkpoints = [cloneReadModels(projections, this.folded)];
  }

  /** The models after the last event folded so far. */
  get present(): ReadModels<Models> {
    return this.folded;
  }

  /** How many events of the log are not folded yet. */
  get behind(): number {
    return this.log.length - this.folded.checkpoint;
  }

  /**
   * Folds at most `limit` more events of the log, in runs that stop at each checkpoint to copy it. Returns
   * how many events are still unfolded.
   */
  catchUp(limit = Number.POSITIVE_INFINITY): number {
    const end = Math.min(this.log.length, this.folded.checkpoint + limit);
    while (this.folded.checkpoint < end) {
      const from = this.folded.checkpoint + 1;
      const nextCheckpoint =
        (Math.floor(this.folded.checkpoint / this.checkpointEvery) + 1) * this.checkpointEvery;
      const to = Math.min(end, nextCheckpoint);
      this.folded = foldFactsBetween(this.projections, this.folded, this.log, from, to, this.scratch);
      if (to === nextCheckpoint) this.checkpoints.push(cloneReadModels(this.projections, this.folded));
    }
    return this.behind;
  }

  /**
   * Puts a model rebuilt elsewhere in place of the present one of the same projection. It must stand at the
   * present's checkpoint (else it is refused and false returned). Checkpoints already copied are kept.
   */
  replacePresent<Name extends keyof Models>(name: Name, model: Models[Name], checkpoint: number): boolean {
    if (checkpoint !== this.folded.checkpoint) return false;
    this.folded = { checkpoint, models: { ...this.folded.models, [name]: model } };
    return true;
  }

  /**
   * The models exactly as they were right after event `position` (0 = before the first event), which must
   * be folded already. Without checkpoints (to show what they save), the fold starts from nothing.
   */
  seek(position: number, { useCheckpoints = true }: { useCheckpoints?: boolean } = {}): Seek<Models> {
    const target = Math.max(0, Math.trunc(position));
    if (target > this.folded.checkpoint)
      throw new RangeError(`The fold has reached ${this.folded.checkpoint} only, not ${target}.`);
    if (target === this.folded.checkpoint && useCheckpoints)
      return { readModels: this.folded, source: { checkpoint: target, replayed: 0 } };
    const start = useCheckpoints
      ? this.checkpoints[Math.floor(target / this.checkpointEvery)]
      : this.checkpoints[0];
    if (!start) throw new Error(`No checkpoint for position ${target}.`);
    if (start.checkpoint === target)
      return { readModels: start, source: { checkpoint: target, replayed: 0 } };
    const readModels = foldFactsBetween(
      this.projections,
      cloneReadModels(this.projections, start),
      this.log,
      start.checkpoint + 1,
      target,
      this.scratch,
    );
    return { readModels, source: { checkpoint: start.checkpoint, replayed: target - start.checkpoint } };
  }
}
