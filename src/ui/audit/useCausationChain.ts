import { useEffect, useState } from 'react';
import { findChain, type CausationChain } from '../../app/audit/findChain';
import { useSession, useView } from '../SessionContext';
import type { ChainRequest } from './chainRequest';

export type ChainState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly request: ChainRequest; readonly chain: CausationChain }
  | { readonly status: 'failed'; readonly request: ChainRequest; readonly message: string };

/**
 * The chain asked for, found with bounded reads (findChain), and found again when the log grows: a chain
 * can still be growing, like a transfer whose deposit has not been appended yet. While an update loads,
 * the chain found before for the same request stays on screen.
 */
export function useCausationChain(request: ChainRequest | null): ChainState {
  const { store } = useSession();
  const head = useView((view) => view.head);
  const [found, setFound] = useState<Exclude<ChainState, { status: 'idle' | 'loading' }> | null>(null);

  useEffect(() => {
    if (request === null) return;
    let current = true;
    findChain(store, request.correlationId, request.anchor).then(
      (chain) => current && setFound({ status: 'ready', request, chain }),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (current) setFound({ status: 'failed', request, message });
      },
    );
    return () => {
      current = false;
    };
  }, [store, request, head]);

  if (request === null) return { status: 'idle' };
  return found?.request === request ? found : { status: 'loading' };
}
