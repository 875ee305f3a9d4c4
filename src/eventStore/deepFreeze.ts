import { StorageError } from './errors';

/**
 * A deep, frozen copy of `value`, so that neither the caller who handed it in nor one who reads it back can
 * change what the log holds. Values that cannot be structured-cloned (functions, symbols) are refused with
 * StorageError, the same failure IndexedDB reports for them. Typed arrays and ArrayBuffers cannot be frozen:
 * they stay mutable in the copy, so a holder that must share them hands out copies (`privateCopy`).
 */
export function frozenCopy<T>(value: T, what: string): T {
  return deepFreeze(privateCopy(value, what));
}

/** A deep copy of `value` (structured clone), or StorageError if it cannot be stored. */
export function privateCopy<T>(value: T, what: string): T {
  try {
    return structuredClone(value);
  } catch (error) {
    throw new StorageError(`${what} cannot be stored: it is not structured-cloneable.`, error);
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
