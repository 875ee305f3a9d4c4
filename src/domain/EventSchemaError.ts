/** A stored or imported event does not match any known type, schema version or data shape. Fails closed. */
export class EventSchemaError extends Error {
  override readonly name = 'EventSchemaError';
  constructor(
    readonly eventType: string,
    readonly schemaVersion: number,
    readonly reason: string,
  ) {
    super(`${eventType} v${schemaVersion}: ${reason}`);
  }
}

export function isEventSchemaError(error: unknown): error is EventSchemaError {
  return error instanceof EventSchemaError;
}
