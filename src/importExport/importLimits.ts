/**
 * Every limit of an import, in one place, each with the message that explains it. The numbers leave room for
 * the largest ledgers the app handles (a million events) while keeping a hostile file from exhausting memory:
 * a line is bounded before it is parsed, and its nesting before JSON.parse sees it.
 */
export interface ImportLimits {
  /** Bytes of the file, checked before reading it. */
  readonly maxFileBytes: number;
  /** Events in one file (the header's eventCount and the lines actually present). */
  readonly maxEvents: number;
  /** Characters (UTF-16 code units) of one line, without its line break. */
  readonly maxLineLength: number;
  /** Levels of nested objects and arrays in one line: an event is 1, its data and metadata 2. */
  readonly maxDepth: number;
  /** Characters of an id, stream id, command id, correlation id, causation id or actor. */
  readonly maxIdLength: number;
}

export const IMPORT_LIMITS: ImportLimits = Object.freeze({
  maxFileBytes: 512 * 1024 * 1024,
  maxEvents: 2_000_000,
  maxLineLength: 64 * 1024,
  maxDepth: 8,
  maxIdLength: 200,
});

const count = (value: number) => value.toLocaleString('en-US');
const mebibytes = (bytes: number) => `${count(Math.ceil(bytes / (1024 * 1024)))} MiB`;

export const limitMessages = {
  fileSize: (bytes: number, limits: ImportLimits) =>
    `The file is ${mebibytes(bytes)}; at most ${mebibytes(limits.maxFileBytes)} can be imported. ` +
    'Export a smaller position range and import that instead.',
  eventCount: (events: number, limits: ImportLimits) =>
    `the file holds ${count(events)} events; at most ${count(limits.maxEvents)} can be imported at once.`,
  lineLength: (limits: ImportLimits) =>
    `the line is longer than ${count(limits.maxLineLength)} characters, more than any event needs.`,
  depth: (limits: ImportLimits) =>
    `the line nests objects or arrays deeper than ${limits.maxDepth} levels, more than any event needs.`,
  idLength: (field: string, limits: ImportLimits) =>
    `${field} is longer than ${count(limits.maxIdLength)} characters.`,
};
