import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A panel whose code loads on demand, in its own chunk, so that it does not weigh on the first load (the
 * initial JavaScript budget); a status line stands in while it arrives.
 */
function lazyPanel(name: string, load: () => Promise<ComponentType>): ComponentType {
  const Panel = lazy(() => load().then((component) => ({ default: component })));
  return function LazyPanel() {
    return (
      <Suspense fallback={<p role="status">Loading {name}…</p>}>
        <Panel />
      </Suspense>
    );
  };
}

export const AuditTrail = lazyPanel('the audit trail', () =>
  import('./audit/AuditTrail').then((module) => module.AuditTrail),
);
export const ProjectionsPanel = lazyPanel('the projections', () =>
  import('./projections/ProjectionsPanel').then((module) => module.ProjectionsPanel),
);
export const DiffPanel = lazyPanel('the diff', () =>
  import('./whatIf/DiffPanel').then((module) => module.DiffPanel),
);
export const SchemaPanel = lazyPanel('the schema', () =>
  import('./schema/SchemaPanel').then((module) => module.SchemaPanel),
);
export const WhatIfPanel = lazyPanel('what if', () =>
  import('./whatIf/WhatIfPanel').then((module) => module.WhatIfPanel),
);
export const StatementTable = lazyPanel('the statement', () =>
  import('./statement/StatementTable').then((module) => module.StatementTable),
);
export const LargestMovementsTable = lazyPanel('the largest movements', () =>
  import('./projections/LargestMovementsTable').then((module) => module.LargestMovementsTable),
);
/**
 * The raw log, what actually happened, in order: the explorer (src/ui/explorer), which lists every event
 * however long the log, with filters, sorting and details, and follows the time machine. It and TanStack
 * Virtual load in one chunk of their own.
 */
export const EventLogTable = lazyPanel('the event log', () =>
  import('./explorer/EventLogExplorer').then((module) => module.EventLogExplorer),
);
