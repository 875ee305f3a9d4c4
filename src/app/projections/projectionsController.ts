import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  addedProjections,
  REGISTERED_AT_START,
  type AddedModels,
  type AddedProjectionKey,
} from '../../projections/addedProjections';
import { emptyLedgerFact, type LedgerFact } from '../../projections/ledgerFact';
import { ledgerProjections, type LedgerModels } from '../../projections/ledgerProjections';
import type { Projection, ProjectionSet } from '../../projections/projection';
import { CheckpointedFold } from '../../timeTravel/checkpointedFold';
import type { ReadableFactLog } from '../../timeTravel/factLog';
import type { Timeline } from '../../timeTravel/timeline';
import { projectionEntries, withEntries } from './projectionEntries';
import type { ProjectionEntry, ProjectionsView } from './projectionsView';
import { inMemoryRegistrations, type Registrations } from './registrations';
import { pauseForPaint, runInSlices, type Pause } from '../../shared/runInSlices';
import { CatchUps } from './catchUps';
import { sliceFolder } from './sliceFolder';

export interface ProjectionsParts {
  readonly timeline: Timeline<LedgerModels, LedgerFact>;
  readonly log: ReadableFactLog<LedgerFact>;
  /** Shows the timeline's present again after one of its models was replaced by its rebuild. */
  readonly showRebuiltPresent: () => void;
  /** A monotonic clock in milliseconds, for the durations of rebuilds. */
  readonly now: () => number;
  readonly registrations?: Registrations;
  readonly pause?: Pause;
  /** Events folded between two looks at the clock during a build. */
  readonly sliceEvents?: number;
  /** How long a build works before it pauses for the page to draw and handle input. */
  readonly sliceMilliseconds?: number;
}

export interface ProjectionsController {
  readonly view: StoreApi<ProjectionsView>;
  /**
   * Call after the log in memory grew or the head moved: each projection folded on its own folds one time
   * slice at once and, if more is left, the rest in slices between paints; the entries say where each is.
   */
  follow(): void;
  /** Registers a projection folded on its own and builds it from the whole history, in slices. */
  register(key: AddedProjectionKey): Promise<void>;
  /** Forgets a projection registered later (registering it again builds it again from the history). */
  unregister(key: AddedProjectionKey): void;
  /** Folds a fresh copy of a projection from the log, in slices; it takes over from the old one when done. */
  rebuild(key: string): Promise<void>;
  /** Stops a build or rebuild under way: the projection stays exactly as it was before. */
  cancel(key: string): void;
  /** Stops every build and catch-up under way, for good (the session is being replaced). */
  dispose(): void;
  /** A projection folded on its own, right after `position`; undefined if unregistered or not there yet. */
  modelAt<Key extends AddedProjectionKey>(key: Key, position: number): AddedModels[Key] | undefined;
}

/** Checkpoints of the projections folded on their own: a seek of one folds at most this many events. */
const ADDED_CHECKPOINT_EVERY = 4096;
/** A rebuild of a timeline projection replaces only its present: it needs no checkpoints. */
const NO_CHECKPOINTS = Number.MAX_SAFE_INTEGER;

type AnyModels = Record<string, unknown>;
type AnyFold = CheckpointedFold<AnyModels, LedgerFact>;
const timelineSet = ledgerProjections as ProjectionSet<AnyModels, LedgerFact>;
const addedSet = addedProjections as ProjectionSet<AnyModels, LedgerFact>;

export function createProjectionsController(parts: ProjectionsParts): ProjectionsController {
  const { timeline, log } = parts;
  const registrations = parts.registrations ?? inMemoryRegistrations();
  const pause = parts.pause ?? pauseForPaint;
  const foldSlice = sliceFolder(parts.now, parts.sliceEvents ?? 1024, parts.sliceMilliseconds ?? 8);
  const later = new Set(
    registrations
      .load()
      .filter((key) => key in addedSet && !REGISTERED_AT_START.includes(key as AddedProjectionKey)),
  );
  const folds = new Map<string, AnyFold>();
  const running = new Map<string, AbortController>();
  const view = createStore<ProjectionsView>()(() => ({ entries: projectionEntries(later) }));
  const updateAll = (patches: ReadonlyMap<string, Partial<ProjectionEntry>>) =>
    view.setState((current) => ({ entries: withEntries(current.entries, patches) }));
  const update = (key: string, patch: Partial<ProjectionEntry>) => updateAll(new Map([[key, patch]]));

  const foldOf = (key: string, projection: Projection<unknown, LedgerFact>, every: number): AnyFold =>
    new CheckpointedFold({ [key]: projection }, log, { newFact: emptyLedgerFact, checkpointEvery: every });
  for (const key of [...REGISTERED_AT_START, ...later])
    folds.set(key, foldOf(key, addedSet[key] as Projection<unknown, LedgerFact>, ADDED_CHECKPOINT_EVERY));

  const catchUps = new CatchUps<AnyFold>({
    pause,
    foldSlice,
    onProgress: (key, fold) => update(key, { checkpoint: fold.present.checkpoint }),
    onCaughtUp: () => follow(),
    onFailed: (key, error) =>
      update(key, {
        message: `Following the log failed: ${error instanceof Error ? error.message : String(error)}`,
      }),
  });

  const follow = (): void => {
    const head = timeline.head;
    const patches = new Map<string, Partial<ProjectionEntry>>();
    for (const entry of view.getState().entries) {
      const fold = folds.get(entry.key);
      if (entry.folded === 'on its own' && !fold) continue;
      // One slice now, so a command's few events show at once; a long gap (the history just loaded, a bulk
      // write) goes on in later slices, so that the page never freezes.
      if (fold && !catchUps.has(entry.key) && foldSlice(fold) > 0) catchUps.start(entry.key, fold);
      const checkpoint = fold ? fold.present.checkpoint : timeline.present.checkpoint;
      const status = running.has(entry.key) ? entry.status : checkpoint < head ? 'catching up' : 'live';
      if (checkpoint !== entry.checkpoint || status !== entry.status)
        patches.set(entry.key, { checkpoint, status });
    }
    if (patches.size > 0) updateAll(patches);
  };

  const build = async (key: string, kind: 'building' | 'rebuilding'): Promise<void> => {
    const onTimeline = key in timelineSet;
    const projection = timelineSet[key] ?? addedSet[key];
    if (!projection || running.has(key)) return;
    if (onTimeline && timeline.historyLength < timeline.head) {
      update(key, { message: 'The history is still loading: rebuild it once it has loaded.' });
      return;
    }
    const before = view.getState().entries.find((entry) => entry.key === key);
    const controller = new AbortController();
    running.set(key, controller);
    const fold = foldOf(key, projection, onTimeline ? NO_CHECKPOINTS : ADDED_CHECKPOINT_EVERY);
    const started = parts.now();
    const progress = () => ({ done: fold.present.checkpoint, total: log.length });
    update(key, { status: kind, progress: progress(), message: null });
    try {
      await runInSlices(() => foldSlice(fold), {
        signal: controller.signal,
        pause,
        onProgress: () => update(key, { progress: progress() }),
      });
      // The last events may have arrived during the final pause: fold them and take over in one go.
      fold.catchUp();
      const { checkpoint, models } = fold.present;
      if (onTimeline) timeline.replacePresent(key as keyof LedgerModels, models[key] as never, checkpoint);
      else {
        // The old fold may still be catching up: it must not go on, nor report over its successor.
        catchUps.stop(key);
        folds.set(key, fold);
      }
      running.delete(key);
      if (kind === 'building') {
        later.add(key);
        registrations.save([...later]);
      }
      update(key, {
        status: 'live',
        progress: null,
        checkpoint,
        lastRebuildMilliseconds: parts.now() - started,
        ...(kind === 'building' && { registered: 'later' }),
      });
      if (onTimeline) parts.showRebuiltPresent();
    } catch (error) {
      running.delete(key);
      const what = kind === 'building' ? 'Building' : 'Rebuilding';
      const message = controller.signal.aborted
        ? `${what} ${projection.name} was cancelled; it is as it was before.`
        : `${what} ${projection.name} failed: ${error instanceof Error ? error.message : String(error)}`;
      update(key, { status: before?.status ?? 'live', progress: null, message });
    }
    follow();
  };

  return {
    view,
    follow,
    register: (key) => (folds.has(key) ? Promise.resolve() : build(key, 'building')),
    unregister(key) {
      if (REGISTERED_AT_START.includes(key) || !later.delete(key)) return;
      running.get(key)?.abort();
      catchUps.stop(key);
      folds.delete(key);
      registrations.save([...later]);
      update(key, {
        registered: 'no',
        status: 'not registered',
        checkpoint: 0,
        lastRebuildMilliseconds: null,
      });
    },
    rebuild: (key) => (key in timelineSet || folds.has(key) ? build(key, 'rebuilding') : Promise.resolve()),
    cancel: (key) => running.get(key)?.abort(),
    dispose() {
      for (const controller of running.values()) controller.abort();
      catchUps.stopAll();
    },
    modelAt<Key extends AddedProjectionKey>(key: Key, position: number) {
      const fold = folds.get(key);
      if (!fold || position > fold.present.checkpoint) return undefined;
      return fold.seek(position).readModels.models[key] as AddedModels[Key];
    },
  };
}
