import {
  foldReadModels,
  type Positioned,
  type ProjectionSet,
  type ReadModels,
} from '../projections/projection';
import { CheckpointedFold, type FoldOptions, type Seek } from './checkpointedFold';
import type { FactLog } from './factLog';

export { DEFAULT_CHECKPOINT_EVERY, type Seek, type SeekSource } from './checkpointedFold';

export type TimelineOptions<Fact> = FoldOptions<Fact>;

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
  private readonly fold: CheckpointedFold<Models, Fact>;
  private restored: ReadModels<Models> | null = null;
  private readonly pending: Fact[] = [];

  constructor(
    private readonly projections: ProjectionSet<Models, Fact>,
    private readonly log: FactLog<Fact>,
    options: TimelineOptions<Fact>,
  ) {
    this.fold = new CheckpointedFold(projections, log, options);
    this.fold.catchUp();
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
    return this.restored ?? this.fold.present;
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
    if (!this.restored) this.fold.catchUp();
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
    this.fold.catchUp();
    return this.restored === null;
  }

  /**
   * Puts a rebuilt model in place of the present one (see CheckpointedFold.replacePresent). Refused (false)
   * while a restored present waits for its history, or when the model stands at another checkpoint.
   */
  replacePresent<Name extends keyof Models>(name: Name, model: Models[Name], checkpoint: number): boolean {
    return !this.restored && this.fold.replacePresent(name, model, checkpoint);
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
    return this.fold.seek(target, { useCheckpoints });
  }
}
