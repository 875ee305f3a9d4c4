/** A row of a `RowMap`: it records the position of the last event that changed it. */
export interface PositionedRow {
  lastPosition: number;
}

/**
 * Rows by key, changed in place by the fold that owns the map and shared, copy-on-write, with every copy
 * made of it. Why: a checkpoint and each seek into the past copy the models, and copying every row at each
 * step of a slider drag adds to what a drag allocates. `copy` copies the map only, and a fold copies a row
 * the first time it changes it after the share. (Models with a row per account use `AccountColumns`, which
 * copies no object at all; a map of rows suits the daily summary, whose seeks change a day or two.)
 *
 * The rule that makes this safe: a copy marks every row in both maps as shared (`#sharedUpTo`, the newest
 * `lastPosition` of any row). A row is the map's own only if an event after that changed it, so its
 * `lastPosition` is past the mark; anything else is copied before it is changed (`writable`). Positions
 * that do not grow are still safe: such a row is only copied again.
 */
export class RowMap<Key, Row extends PositionedRow> extends Map<Key, Row> {
  /** Rows whose lastPosition is at or before this may be held by another map or a caller. */
  #sharedUpTo = Number.NEGATIVE_INFINITY;
  /** The largest lastPosition of any row put or changed. */
  #newest = Number.NEGATIVE_INFINITY;
  readonly #copyRow: (row: Row) => Row;

  /** `copyRow` copies a shared row before the fold changes it: a shallow copy unless a row holds more. */
  constructor(copyRow: (row: Row) => Row = (row) => ({ ...row })) {
    super();
    this.#copyRow = copyRow;
  }

  /**
   * Adds (or replaces) a row made by the fold: the map owns it. Every way in goes through here (Map's own
   * `set` included), so the share mark always covers every row.
   */
  override set(key: Key, row: Row): this {
    if (row.lastPosition > this.#newest) this.#newest = row.lastPosition;
    return super.set(key, row);
  }

  /**
   * The row under `key`, for the fold to change at `position` (which becomes its lastPosition): the row
   * itself when the map owns it, else a copy put in its place. Undefined when there is no such row.
   */
  writable(key: Key, position: number): Row | undefined {
    const row = this.get(key);
    if (row === undefined) return undefined;
    const own = row.lastPosition > this.#sharedUpTo ? row : this.#copyRow(row);
    own.lastPosition = position;
    if (position > this.#newest) this.#newest = position;
    if (own !== row) this.set(key, own);
    return own;
  }

  /** An independent copy, sharing the rows with this map until either changes one. */
  copy(): RowMap<Key, Row> {
    this.#share();
    const target = new RowMap<Key, Row>(this.#copyRow);
    this.forEach((row, key) => target.set(key, row));
    target.#sharedUpTo = this.#sharedUpTo;
    target.#newest = this.#newest;
    return target;
  }

  /** The rows as they are now, for a caller to keep: no fold will change them after this. */
  keptRows(): Row[] {
    this.#share();
    return this.rowsNow();
  }

  /**
   * The rows as they are now, to read at once and let go: the fold may change them later. (Marking them
   * kept would make the fold copy each again.)
   */
  rowsNow(): Row[] {
    // forEach, not spreading values(): spreading a subclass's iterator makes an object per row.
    const rows: Row[] = [];
    this.forEach((row) => rows.push(row));
    return rows;
  }

  #share(): void {
    this.#sharedUpTo = this.#newest;
  }
}
