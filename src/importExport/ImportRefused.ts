/**
 * An import file was refused: nothing was written. `line` is the 1-based line of the file at fault (the
 * header is line 1, the first event line 2), or 0 when the file as a whole is at fault (its size, its
 * encoding, a missing header or a missing end). `reason` says what is wrong in words for people. Kept apart
 * from StorageError: a refusal is about the file, never about the browser's storage.
 */
export class ImportRefused extends Error {
  override readonly name = 'ImportRefused';
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(line > 0 ? `Line ${line}: ${reason}` : reason);
  }
}

export function isImportRefused(error: unknown): error is ImportRefused {
  return error instanceof ImportRefused;
}

/** A value from the file quoted for a message: JSON-escaped (no control characters) and cut short. */
export function quote(value: string, max = 60): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}
