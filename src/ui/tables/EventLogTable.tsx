import { EventLogExplorer } from '../explorer/EventLogExplorer';

/**
 * The raw log, what actually happened, in order: the explorer (src/ui/explorer), which lists every event
 * however long the log, with filters, sorting and details, and follows the time machine.
 */
export function EventLogTable() {
  return <EventLogExplorer />;
}
