import { ACCOUNT_EVENT_TYPES, type AccountEventType } from '../domain/account';
import type { EventColumnsView } from './eventColumnsView';

/** What the Event log explorer shows: every part narrows; an empty part lets everything through. */
export interface LogFilter {
  /** Only events of this type; null for every type. */
  readonly type: AccountEventType | null;
  /**
   * A stream: exactly that stream when the text is a stream's id, otherwise every stream whose id contains
   * it (ignoring case). '' for every stream.
   */
  readonly stream: string;
  /**
   * Text that one of the event's fields contains, ignoring case: its position, stream, version, type, data
   * (as the JSON the log shows) or actor. '' for every event.
   */
  readonly text: string;
}

export const NO_FILTER: LogFilter = { type: null, stream: '', text: '' };

/** Whether the filter lets every event through (surrounding spaces in the texts do not count). */
export function isUnfiltered(filter: LogFilter): boolean {
  return filter.type === null && filter.stream.trim() === '' && filter.text.trim() === '';
}

/** A test of one row (position - 1) of the columns against a filter. */
export type RowTest = (row: number) => boolean;

/**
 * Compiles a filter for these columns: every string-valued part is decided once per interned string (a few
 * thousand), so that the scan over a million rows compares small integers. Strings interned after the view
 * was taken are not covered: compile again for a grown log.
 */
export function compileFilter(view: EventColumnsView, filter: LogFilter): RowTest {
  const tests: RowTest[] = [];
  if (filter.type !== null) {
    const code = ACCOUNT_EVENT_TYPES.indexOf(filter.type);
    tests.push((row) => view.type[row] === code);
  }
  const stream = filter.stream.trim();
  if (stream !== '') {
    const streams = streamMask(view, stream);
    tests.push((row) => streams[view.stream[row] as number] === 1);
  }
  const text = filter.text.trim().toLowerCase();
  if (text !== '') tests.push(textTest(view, text));
  return tests.reduce<RowTest>(
    (earlier, test) => (row) => earlier(row) && test(row),
    () => true,
  );
}

/** Which string indexes the stream filter selects: one exact stream id, else every id containing the text. */
function streamMask(view: EventColumnsView, stream: string): Uint8Array {
  const mask = new Uint8Array(view.strings.length);
  const exact = view.strings.findIndex((value, index) => value === stream && isStream(view, index));
  if (exact >= 0) {
    mask[exact] = 1;
    return mask;
  }
  const part = stream.toLowerCase();
  view.strings.forEach((value, index) => {
    if (isStream(view, index) && value.toLowerCase().includes(part)) mask[index] = 1;
  });
  return mask;
}

const isStream = (view: EventColumnsView, index: number) => view.accountIds[index] !== undefined;

const CREATED = ACCOUNT_EVENT_TYPES.indexOf('AccountCreated');
const CLOSED = ACCOUNT_EVENT_TYPES.indexOf('AccountClosed');
/** Every character `{"amount":N}` can hold: text with any other cannot be part of a deposit's data. */
const AMOUNT_DATA_CHARACTERS = /^[{}":amount0-9]+$/;

/**
 * The free-text test, exact against the fields as the log shows them (see LogFilter.text), `text` already
 * lower-cased. Strings and types are decided once; numbers and data only where the text could be in them.
 */
function textTest(view: EventColumnsView, text: string): RowTest {
  const strings = new Uint8Array(view.strings.length);
  view.strings.forEach((value, index) => {
    strings[index] = value.toLowerCase().includes(text) ? 1 : 0;
  });
  const types = ACCOUNT_EVENT_TYPES.map((type) => type.toLowerCase().includes(text));
  const digits = /^[0-9]+$/.test(text);
  const inAmountData = AMOUNT_DATA_CHARACTERS.test(text);
  const inClosedData = '{}'.includes(text);
  return (row) => {
    const type = view.type[row] as number;
    if (types[type] || strings[view.stream[row] as number] || strings[view.actor[row] as number]) return true;
    if (digits && (String(row + 1).includes(text) || String(view.version[row]).includes(text))) return true;
    if (type === CREATED) return createdData(view, row).toLowerCase().includes(text);
    if (type === CLOSED) return inClosedData;
    return inAmountData && `{"amount":${view.amount[row]}}`.includes(text);
  };
}

/** An AccountCreated event's data as the log shows it (dataOfFact's JSON). */
function createdData(view: EventColumnsView, row: number): string {
  return JSON.stringify({
    accountId: view.accountIds[view.stream[row] as number],
    owner: view.strings[view.owner[row] as number],
    initialDeposit: view.amount[row],
  });
}
