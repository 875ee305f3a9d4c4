import { useEffect, useId, useRef } from 'react';
import { eventsUnder, findNode, type ChainNode } from '../../app/audit/causationTree';
import { SCAN_LIMIT, type CausationChain } from '../../app/audit/findChain';
import type { ChainRequest } from './chainRequest';
import { CommandItem, EventItem } from './ChainTree';
import { shortId, summarizeEvent } from '../eventText';
import { useCausationChain } from './useCausationChain';

/**
 * The chain behind a clicked id: for a correlation, everything its first command set off; for a cause,
 * what that command or event led to. Focus moves to the panel's heading when a chain is asked for, so
 * that keyboard and screen-reader users land on it.
 */
export function CausationChainPanel({
  request,
  onClose,
  onShowCorrelation,
}: {
  readonly request: ChainRequest;
  readonly onClose: () => void;
  readonly onShowCorrelation: () => void;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const state = useCausationChain(request);
  useEffect(() => heading.current?.focus(), [request]);
  return (
    <section aria-labelledby={`${id}-title`} className="causation-chain">
      <div className="chain-header">
        <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
          Causation chain
        </h3>
        <button type="button" onClick={onClose}>
          Close causation chain
        </button>
      </div>
      {state.status === 'loading' && <p role="status">Following the chain…</p>}
      {state.status === 'failed' && (
        <p role="alert" className="feedback failed">
          The chain could not be read: {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <ChainView request={request} chain={state.chain} onShowCorrelation={onShowCorrelation} />
      )}
    </section>
  );
}

function ChainView({
  request,
  chain,
  onShowCorrelation,
}: {
  readonly request: ChainRequest;
  readonly chain: CausationChain;
  readonly onShowCorrelation: () => void;
}) {
  const cause = request.cause === null ? undefined : findNode(chain, request.cause);
  const start: ChainNode = cause ?? chain.root;
  const whole = start === chain.root;
  const count = eventsUnder(start).length;
  return (
    <>
      <p className="hint">
        {introduction(request, chain, cause)} {count === 1 ? '1 event' : `${count} events`}. Jump to any of
        them to see the ledger right after it.
      </p>
      {!whole && (
        <button type="button" onClick={onShowCorrelation}>
          Show the whole correlation
        </button>
      )}
      <ul className="chain-tree">
        {start.kind === 'command' ? <CommandItem node={start} /> : <EventItem node={start} />}
      </ul>
      {whole && chain.strays.length > 0 && (
        <>
          <p className="hint">Also in this correlation, caused by something not found nearby:</p>
          <ul className="chain-tree">
            {chain.strays.map((command) => (
              <CommandItem key={command.commandId} node={command} />
            ))}
          </ul>
        </>
      )}
      {chain.scanStoppedAt !== null && (
        <p className="hint">
          The search stopped after event #{chain.scanStoppedAt}: it reads at most{' '}
          {SCAN_LIMIT.toLocaleString('en-US')} events per chain, so later consequences are not shown.
        </p>
      )}
    </>
  );
}

function introduction(request: ChainRequest, chain: CausationChain, cause: ChainNode | undefined): string {
  const correlation = `correlation ${shortId(chain.correlationId)}`;
  if (request.cause === null)
    return `Everything that ${correlation} set off: its command, the events it appended and what they caused in turn.`;
  if (cause === undefined)
    return `The cause ${shortId(request.cause)} was not found near this chain, so all of ${correlation} is shown.`;
  if (cause.kind === 'command')
    return `Command ${shortId(cause.commandId)}, the events it appended and what they caused in turn.`;
  return `What event #${cause.event.position} (${summarizeEvent(cause.event)}) caused in turn.`;
}
