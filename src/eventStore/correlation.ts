/**
 * Which conversation an event belongs to, read from its metadata. The write side records a correlation on
 * every event it appends (a fresh command's is its own id; a follow-up inherits its cause's), but an event
 * may come without one (an imported file, an older log): then its command groups it, and failing that it
 * stands alone. Pure, so the process managers (commands/) and the audit (app/) read the same rule.
 */
import type { StoredEvent } from './types';

/** The correlation id of `event`: its recorded correlation, else the command that appended it, else its id. */
export const correlationOf = (event: Pick<StoredEvent, 'id' | 'metadata'>): string =>
  event.metadata.correlationId ?? event.metadata.commandId ?? event.id;
