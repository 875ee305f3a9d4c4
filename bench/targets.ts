/**
 * The budgets rows are held to, from human response times rather than from past results, so that a target
 * says what users would notice. docs/BENCHMARKS.md explains which row uses which.
 */

/** One frame at 60 Hz: an interaction repeated while dragging (scrubbing the timeline) stays smooth. */
export const FRAME_MS = 16;
/** Nielsen's 0.1 s: a response to a click still feels instant. */
export const INSTANT_MS = 100;
/** Nielsen's 1 s: the user's flow of thought is not interrupted (e.g. opening the app). */
export const FLOW_MS = 1_000;
/** Nielsen's 10 s: the limit for keeping the user's attention on the task at all. */
export const ATTENTION_MS = 10_000;
