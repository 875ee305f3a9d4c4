import { useCallback, useId, useState } from 'react';
import { ACCOUNT_STREAM_PREFIX } from '../../domain/account';
import { AccountOptions, usePresentAccounts } from '../commands/presentAccounts';
import { inOnScreenSection } from '../tables/onScreen';
import { newestFirstPage, Pager } from '../tables/Pager';
import type { ChainRequest } from './chainRequest';
import { CausationChainPanel } from './CausationChainPanel';
import { StreamHistoryTable } from './StreamHistoryTable';
import { useStreamHistory } from './useStreamHistory';
import './audit.css';

/**
 * The audit trail: one account's stream, version by version, with who did what, when and by which command;
 * its correlation and causation ids open the chain they belong to.
 */
export const AuditTrail = inOnScreenSection(StreamAudit);

function StreamAudit() {
  const id = useId();
  const accounts = usePresentAccounts();
  const [chosen, setChosen] = useState('');
  const [page, setPage] = useState(0);
  const [chain, setChain] = useState<ChainRequest | null>(null);
  const accountId = accounts.some((row) => row.accountId === chosen)
    ? chosen
    : (accounts[0]?.accountId ?? '');
  const streamId = accountId === '' ? null : ACCOUNT_STREAM_PREFIX + accountId;
  const { history, failure } = useStreamHistory(streamId, page);
  const shown = history?.streamId === streamId ? history : null;
  const pages = newestFirstPage(shown?.version ?? 0, page);
  const openChain = useCallback((request: ChainRequest) => setChain(request), []);

  const empty =
    streamId === null
      ? 'No accounts yet. Open an account (or load sample data): its stream of events will be listed here, with who did what, when and by which command.'
      : shown === null
        ? 'Reading the stream…'
        : 'This stream has no events yet.';
  return (
    <section aria-labelledby={`${id}-title`} className="data-table audit-trail">
      <h2 id={`${id}-title`}>Audit trail</h2>
      <p className="hint">
        Every event of one account, read from the log with its metadata. Click a correlation or a cause to
        follow the chain of commands and events it belongs to.
      </p>
      <label htmlFor={`${id}-account`} className="audit-account">
        Stream of account
      </label>
      <select
        id={`${id}-account`}
        value={accountId}
        onChange={(event) => {
          setChosen(event.target.value);
          setPage(0);
        }}
        disabled={accounts.length === 0}
      >
        <AccountOptions accounts={accounts} none="No accounts yet" />
      </select>
      {failure && (
        <p role="alert" className="feedback failed">
          The stream could not be read: {failure}
        </p>
      )}
      <StreamHistoryTable
        events={shown?.events ?? []}
        empty={empty}
        onOpenChain={openChain}
        pager={
          <Pager
            label="Stream history"
            page={Math.min(page, pages.pageCount - 1)}
            pageCount={pages.pageCount}
            total={shown?.version ?? 0}
            onPage={setPage}
          />
        }
      />
      {chain && (
        <CausationChainPanel
          request={chain}
          onClose={() => setChain(null)}
          onShowCorrelation={() => setChain({ ...chain, cause: null })}
        />
      )}
    </section>
  );
}
