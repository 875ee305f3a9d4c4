import { useState } from 'react';
import type { Branch } from '../../whatIf/branch';

/** Downloads a branch as a `chronoledger-events` file: the real prefix, then the branch's own events. */
export function ExportBranchButton({ branch }: { readonly branch: Branch }) {
  const [message, setMessage] = useState<{ readonly failed: boolean; readonly text: string } | null>(null);
  const exportBranch = async () => {
    try {
      // Loaded on demand, like the rest of import and export.
      const { exportBrowserBranch } = await import('../../app/importExport/browserImportExport');
      const { eventCount, fileName } = await exportBrowserBranch(branch);
      setMessage({
        failed: false,
        text: `Exported ${eventCount.toLocaleString('en-US')} events to ${fileName}.`,
      });
    } catch (error) {
      setMessage({
        failed: true,
        text: `The branch could not be exported: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };
  return (
    <>
      <button type="button" onClick={() => void exportBranch()}>
        Export branch {branch.id}
      </button>
      {message && (
        <p
          role={message.failed ? 'alert' : 'status'}
          className={`feedback ${message.failed ? 'failed' : 'done'}`}
        >
          {message.text}
        </p>
      )}
    </>
  );
}
