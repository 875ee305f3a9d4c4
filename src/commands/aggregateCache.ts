/**
 * The latest known state of each stream this tab has written, so that a command needs no read before its
 * append. The cache may be stale (another tab wrote since): the append's expected-version check catches that
 * and the handler reloads from the store, so a stale entry costs a retry, never a wrong event.
 */
export class AggregateCache<State> {
  private readonly entries = new Map<string, { readonly version: number; readonly state: State }>();

  /**
   * `seed` may know a stream's state without reading the store (for example from read models kept in
   * memory); it is only a first guess, held to account by the version check like any cached entry.
   */
  constructor(
    private readonly seed?: (
      streamId: string,
    ) => { readonly version: number; readonly state: State } | undefined,
  ) {}

  get(streamId: string): { readonly version: number; readonly state: State } | undefined {
    return this.entries.get(streamId) ?? this.seed?.(streamId);
  }

  set(streamId: string, version: number, state: State): void {
    this.entries.set(streamId, { version, state });
  }

  forget(streamId: string): void {
    this.entries.delete(streamId);
  }
}
