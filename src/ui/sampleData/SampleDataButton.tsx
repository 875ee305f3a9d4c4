import { lazy, Suspense, useState } from 'react';

// The dialog (and the generator behind it) loads only when asked for, keeping the first load small.
const SampleDataDialog = lazy(() => import('./SampleDataDialog'));

export function SampleDataButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Load sample data
      </button>
      {open && (
        <Suspense fallback={<span role="status">Opening…</span>}>
          <SampleDataDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
