import { runInSlices, type Pause } from '../../shared/runInSlices';

/** What a catch-up needs: how to fold one slice of a fold, and what to tell as it goes. */
export interface CatchUpParts<Fold> {
  readonly pause: Pause;
  /** Folds one time slice of `fold`; returns how many events are left. */
  readonly foldSlice: (fold: Fold) => number;
  /** After each slice. */
  readonly onProgress: (key: string, fold: Fold) => void;
  /** Once `fold` has caught up with the log. */
  readonly onCaughtUp: (key: string) => void;
  /** When folding threw (not when it was stopped). */
  readonly onFailed: (key: string, error: unknown) => void;
}

/**
 * The folds catching up with the log in slices between paints, one at most per key. Stopping one (its
 * projection unregistered, or replaced by a rebuild) abandons it between two slices: nothing more is told
 * of it, so a stale fold never writes over its successor's progress.
 */
export class CatchUps<Fold> {
  private readonly underWay = new Map<string, AbortController>();

  constructor(private readonly parts: CatchUpParts<Fold>) {}

  has(key: string): boolean {
    return this.underWay.has(key);
  }

  /**
   * Folds the rest of `fold` in slices; the caller has just folded a slice, so a paint comes first. Call only
   * when none is under way for `key` (`has`).
   */
  start(key: string, fold: Fold): void {
    const controller = new AbortController();
    this.underWay.set(key, controller);
    const ours = () => this.underWay.get(key) === controller;
    const { pause, foldSlice, onProgress, onCaughtUp, onFailed } = this.parts;
    pause()
      .then(() =>
        runInSlices(() => foldSlice(fold), {
          signal: controller.signal,
          pause,
          onProgress: () => ours() && onProgress(key, fold),
        }),
      )
      .then(
        () => {
          if (!ours()) return;
          this.underWay.delete(key);
          onCaughtUp(key);
        },
        (error: unknown) => {
          // Stopped (aborted) ones are no longer ours: only a fold that threw gets here.
          if (!ours()) return;
          this.underWay.delete(key);
          onFailed(key, error);
        },
      );
  }

  stop(key: string): void {
    this.underWay.get(key)?.abort();
    this.underWay.delete(key);
  }

  stopAll(): void {
    for (const key of [...this.underWay.keys()]) this.stop(key);
  }
}
