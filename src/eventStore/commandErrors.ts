/**
 * A command id that the domain refused before was appended again. The store answers a retried command with
 * its original outcome, so the caller gets the original refusal back instead of a second chance.
 */
export class CommandAlreadyRefusedError extends Error {
  override readonly name = 'CommandAlreadyRefusedError';
  constructor(
    readonly commandId: string,
    /** The refusal code recorded with `recordRefusal`. */
    readonly code: string,
    /** The refusal message recorded with `recordRefusal`, unchanged. */
    message: string,
  ) {
    super(message);
  }
}

export function isCommandAlreadyRefused(error: unknown): error is CommandAlreadyRefusedError {
  return error instanceof CommandAlreadyRefusedError;
}
