import { lazy, Suspense } from 'react';

/**
 * The explorer and TanStack Virtual are loaded apart, just after the first screen: they are not needed to
 * draw it, and the JavaScript the page loads before anything else stays small.
 */
const EventLogExplorer = lazy(() =>
  import('../explorer/EventLogExplorer').then((module) => ({ default: module.EventLogExplorer })),
);

/**
 * The raw log, what actually happened, in order: the explorer (src/ui/explorer), which lists every event
 * however long the log, with filters, sorting and details, and follows the time machine.
 */
export function EventLogTable() {
  return (
    <Suspense
      fallback={
        <section className="data-table" aria-busy="true">
          <h2 className="event-log-title">Event log</h2>
          <p className="empty-state">Loading the Event log…</p>
        </section>
      }
    >
      <EventLogExplorer />
    </Suspense>
  );
}
