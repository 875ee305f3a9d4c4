import { StorageError } from './errors';

/**
 * A deep, frozen copy of `value`, so that neither the caller who handed it in nor one who reads it back can
 * change what the log holds. Values that cannot be structured-cloned (functions, symbols) are refused with
 * StorageError, the same failure IndexedDB reports for them.
 */
export function frozenCopy<T>(value: T, what: string): T {
  let copy: T;
  try {
    copy = structuredClone(value);
  } catch (error) {
    throw new StorageError(`${what} cannot be stored: it is not structured-cloneable.`, error);
  }
  return deepFreeze(copy);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}
