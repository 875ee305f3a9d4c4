/** Shown when storage cannot even be opened (for example a browser that blocks IndexedDB). */
export function StartupFailure({ message }: { readonly message: string }) {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Chronoledger</h1>
      </header>
      <p role="alert" className="feedback failed">
        The ledger’s storage could not be opened: {message}. Chronoledger keeps its log in this browser’s
        IndexedDB; check that site storage is allowed, then reload.
      </p>
    </div>
  );
}
