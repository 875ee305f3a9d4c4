/**
 * Tells the other tabs on the same database that the log has grown, on a BroadcastChannel named after the
 * database. The message carries the new head only as a hint: a receiver reads everything after what it has
 * delivered, so a lost or duplicated message can delay delivery but never skip or repeat an event. Without
 * BroadcastChannel (old runtimes) other tabs' appends are noticed only when this tab appends.
 */
export interface HeadChannel {
  /** Call only after the append transaction has committed. */
  announce(head: number): void;
  close(): void;
}

export interface HeadMessage {
  readonly head: number;
}

export function openHeadChannel(databaseName: string, onRemoteAppend: () => void): HeadChannel {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(databaseName);
  channel.onmessage = () => onRemoteAppend();
  return {
    announce: (head) => channel.postMessage({ head } satisfies HeadMessage),
    close: () => channel.close(),
  };
}
