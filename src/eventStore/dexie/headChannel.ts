/**
 * Tells the other tabs on the same database that the log has grown, or has been replaced, on a
 * BroadcastChannel named after the database. The message carries the new head only as a hint: after an
 * append a receiver reads everything after what it has delivered, so a lost or duplicated message can delay
 * delivery but never skip or repeat an event. After a replace there is nothing to read on from: the receiver
 * tells its `onReplaced` listeners, which restart their readers. Without BroadcastChannel (old runtimes) other
 * tabs' appends are noticed only when this tab appends, and their replaces not at all.
 */
export interface HeadChannel {
  /** Call only after the append transaction has committed. */
  announce(head: number): void;
  /** Call only after the replace transaction has committed. */
  announceReplace(): void;
  close(): void;
}

/** After an append, the new head (a hint nobody needs to read); after a replace, only `replaced`. */
export type HeadMessage = { readonly head: number } | { readonly replaced: true };

export interface HeadListeners {
  readonly onRemoteAppend: () => void;
  readonly onRemoteReplace: () => void;
}

export function openHeadChannel(databaseName: string, listeners: HeadListeners): HeadChannel {
  if (typeof BroadcastChannel === 'undefined')
    return { announce: () => undefined, announceReplace: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(databaseName);
  channel.onmessage = ({ data }: MessageEvent<HeadMessage>) =>
    'replaced' in data ? listeners.onRemoteReplace() : listeners.onRemoteAppend();
  return {
    announce: (head) => channel.postMessage({ head } satisfies HeadMessage),
    announceReplace: () => channel.postMessage({ replaced: true } satisfies HeadMessage),
    close: () => channel.close(),
  };
}
