/** Helpers for restoring persisted models: persisted data is checked, never trusted. */
import { RowMap, type PositionedRow } from './rowMap';

export const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** A map of rows by key from a persisted array of rows, or undefined if any row is malformed or repeated. */
export function restoreRows<Row extends PositionedRow, Key>(
  data: unknown,
  isRow: (value: Record<string, unknown>) => value is Record<string, unknown> & Row,
  keyOf: (row: Row) => Key,
): RowMap<Key, Row> | undefined {
  if (!Array.isArray(data)) return undefined;
  const rows = new RowMap<Key, Row>();
  for (const value of data) {
    if (typeof value !== 'object' || value === null || !isRow(value as Record<string, unknown>))
      return undefined;
    const row = { ...(value as Row) };
    if (rows.has(keyOf(row))) return undefined;
    rows.set(keyOf(row), row);
  }
  return rows;
}
