import { lazy, Suspense } from 'react';

// uPlot and the charts load on demand, in their own chunk, so they do not weigh on the first load.
const ChartsPanel = lazy(() => import('./ChartsPanel').then((module) => ({ default: module.ChartsPanel })));

/** The charts region, loaded lazily; a status line stands in while its code arrives. */
export function Charts() {
  return (
    <Suspense
      fallback={
        <section aria-label="Charts" className="data-table">
          <p role="status">Loading the charts…</p>
        </section>
      }
    >
      <ChartsPanel />
    </Suspense>
  );
}
