/**
 * The budgets rows are held to. docs/BENCHMARKS.md says which row uses which and what each one measures.
 *
 * The 1M-event budgets are those of the issue "carry a 1,000,000-event log in the browser": each says what a
 * user with a million events must not notice, and most come with a baseline measured in the same run that the
 * row must beat by a factor.
 */

/** Bulk write (generate, validate against the real decider, persist): events per second. */
export const BULK_WRITE_EVENTS_PER_S = 500_000;
/** ...and at least this many times the rate of Dexie `bulkAdd` of one record per event. */
export const BULK_WRITE_VS_BULK_ADD = 30;

/** Cold start with 1M persisted events, until the app is interactive with current read models. */
export const COLD_START_MS = 500;
/** ...and at least this many times faster than reading the whole log and replaying it. */
export const COLD_START_VS_REPLAY = 10;

/** One command with 1M events in the log: dispatch → committed → read models updated. */
export const COMMAND_P50_MS = 1;
export const COMMAND_P99_MS = 5;

/** A full rebuild of every projection from the 1M events in memory. */
export const FULL_REBUILD_MS = 100;

/** One account's 1,000-event history. */
export const ACCOUNT_HISTORY_MS = 5;

/** Memory held per event at 1M events: the log, its checkpoints and the read models. */
export const BYTES_PER_EVENT = 64;

/** Seek at 1M events after a cold start. */
export const SEEK_1M_P95_MS = 4;
export const SEEK_1M_MAX_MS = 16;

/** The JavaScript the app's index.html loads before anything else, gzipped. */
export const INITIAL_JS_KB = 150;

/**
 * Dragging the app's time-travel slider across the whole range at 1M events (bench/runner/drag.mjs): every
 * frame within one refresh at 60 Hz (1000 / 60 = 16.7 ms) and no long task over 50 ms (the Long Tasks API's
 * own threshold), with the tables visible.
 */
export const DRAG_FRAME_MS = 16.7;
export const DRAG_LONG_TASK_MS = 50;

// The budgets of the earlier seek rows (10k and 100k events), from human response times.

/** One frame at 60 Hz: an interaction repeated while dragging (scrubbing the timeline) stays smooth. */
export const FRAME_MS = 16;
/** Nielsen's 0.1 s: a response to a click still feels instant. */
export const INSTANT_MS = 100;

/** A projection rebuild works in slices: no task of the page may last longer (the page never freezes). */
export const REBUILD_LONG_TASK_MS = 50;
