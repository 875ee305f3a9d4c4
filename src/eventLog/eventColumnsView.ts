/**
 * The log in memory as read-only columns, one row per event (row = position - 1): what scans over a million
 * events read instead of building a fact per row. Strings are interned: `stream`, `actor` and `owner` hold
 * indexes into `strings`; `type` indexes ACCOUNT_EVENT_TYPES.
 */
export interface EventColumnsView extends EventColumnArrays {
  readonly length: number;
  /** Every interned string by index; index 0 is ''. It may hold strings of rows appended since. */
  readonly strings: readonly string[];
  /** The account id of each string index that names a stream; undefined for other strings. */
  readonly accountIds: readonly (string | undefined)[];
}

/** The typed arrays of a run of events, one entry per event; string columns hold interned indexes. */
export interface EventColumnArrays {
  readonly stream: Uint32Array;
  readonly version: Uint32Array;
  readonly type: Uint8Array;
  /** Milliseconds since the epoch. */
  readonly recordedAt: Float64Array;
  readonly actor: Uint32Array;
  /** Cents, as in LedgerFact. */
  readonly amount: Float64Array;
  readonly owner: Uint32Array;
}
