import { Charts } from './charts/LazyCharts';
import {
  AuditTrail,
  DiffPanel,
  EventLogTable,
  LargestMovementsTable,
  ProjectionsPanel,
  SchemaPanel,
  StatementTable,
  WhatIfPanel,
} from './LazyPanels';
import { CommandPanel } from './commands/CommandPanel';
import { ImportExportToolbar } from './importExport/ImportExportToolbar';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { ProgressLine } from './ProgressLine';
import './projections/projections.css';
import { ReadLagBadge } from './projections/ReadLagBadge';
import { SampleDataButton } from './sampleData/SampleDataButton';
import { useView } from './SessionContext';
import { BalancesTable } from './tables/BalancesTable';
import { DailySummaryTable } from './tables/DailySummaryTable';
import { TransactionsTable } from './tables/TransactionsTable';
import { SnapshotPanel } from './timeTravel/SnapshotPanel';
import { TimeTravelBar } from './timeTravel/TimeTravelBar';

export function App() {
  const status = useView((view) => view.status);
  const failure = useView((view) => view.failure);
  const rebuild = useView((view) => view.rebuild);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Chronoledger</h1>
        <p>
          An event-sourced bank ledger with a time machine. Every change is an event; every view is a fold.
        </p>
        {status === 'ready' && (
          <div className="toolbar">
            <SampleDataButton />
            <ImportExportToolbar />
          </div>
        )}
      </header>
      <UpdatePrompt />
      {status === 'failed' ? (
        <p role="alert" className="feedback failed">
          The ledger could not be loaded: {failure}
        </p>
      ) : status === 'loading' ? (
        <p role="status" className="loading">
          {rebuild ? (
            <ProgressLine label="Rebuilding the read models from the log" progress={rebuild} />
          ) : (
            'Loading the ledger…'
          )}
        </p>
      ) : (
        <>
          <TimeTravelBar />
          <ReadLagBadge />
          <main className="layout">
            <CommandPanel />
            <div className="views">
              <BalancesTable />
              <TransactionsTable />
              <Charts />
              <StatementTable />
              <DailySummaryTable />
              <EventLogTable />
              <LargestMovementsTable />
              <AuditTrail />
              <WhatIfPanel />
              <DiffPanel />
              <SnapshotPanel />
              <ProjectionsPanel />
              <SchemaPanel />
            </div>
          </main>
        </>
      )}
    </div>
  );
}
