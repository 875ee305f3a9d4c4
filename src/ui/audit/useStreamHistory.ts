import { useEffect, useState } from 'react';
import type { StoredEvent } from '../../eventStore/types';
import { newestFirstPage } from '../tables/Pager';
import { useSession, useView } from '../SessionContext';

export interface StreamHistory {
  /** The stream these rows belong to; while another stream loads, the previous one's rows stay. */
  readonly streamId: string;
  /** The stream's version (its number of events) when read. */
  readonly version: number;
  /** The page's events, newest first. */
  readonly events: readonly StoredEvent[];
}

/**
 * One page (newest first) of a stream's events, read from the store, because the columns in memory keep
 * neither event ids nor the full metadata. Read again whenever the log grows, so new events show up; each
 * read is bounded by the page (the stream index gives the positions of just those versions).
 */
export function useStreamHistory(
  streamId: string | null,
  page: number,
): { readonly history: StreamHistory | null; readonly failure: string | null } {
  const { store } = useSession();
  const head = useView((view) => view.head);
  const [history, setHistory] = useState<StreamHistory | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (streamId === null) return;
    let current = true;
    const read = async () => {
      const version = await store.streamVersion(streamId);
      const { from, to } = newestFirstPage(version, page);
      const events =
        to === 0 ? [] : await store.readStream(streamId, { fromVersion: from + 1, toVersion: to });
      return { streamId, version, events: [...events].reverse() };
    };
    read().then(
      (read) => {
        if (!current) return;
        setHistory(read);
        setFailure(null);
      },
      (error: unknown) => current && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [store, streamId, page, head]);

  return { history: streamId === null ? null : history, failure };
}
