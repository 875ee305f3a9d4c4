/**
 * Reading parsed JSON into known shapes. Every reader refuses with ImportRefused naming the line and the
 * field; values are read only from a plain object's own keys, and a key that is not allowed is refused
 * rather than ignored ("__proto__" and "constructor" included), so nothing unexpected rides along.
 */
import { ImportRefused, quote } from './ImportRefused';

export type JsonObject = Readonly<Record<string, unknown>>;

/** Where in a line a value sits, for messages: "metadata", "data", or "" for the line itself. */
export interface At {
  readonly line: number;
  readonly path: string;
}

const named = (at: At, key: string) => (at.path === '' ? key : `${at.path}.${key}`);

export function refuse(at: At, reason: string): ImportRefused {
  return new ImportRefused(at.line, reason);
}

/** A plain JSON object (not null, not an array) whose keys are all in `allowed`. */
export function objectWithKeys(
  value: unknown,
  at: At,
  allowed: ReadonlySet<string>,
  what: string,
): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw refuse(at, `${what} must be a JSON object.`);
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) {
      const known = [...allowed].join(', ') || 'none';
      throw refuse(at, `${what} has an unknown key ${quote(key)} (allowed: ${known}).`);
    }
  }
  return value as JsonObject;
}

/** The value of an own key, or undefined: never one inherited from Object.prototype. */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

export function requiredText(object: JsonObject, key: string, at: At, maxLength: number): string {
  const value = own(object, key);
  if (value === undefined) throw refuse(at, `${named(at, key)} is missing.`);
  return text(value, key, at, maxLength);
}

export function optionalText(object: JsonObject, key: string, at: At, maxLength: number): string | undefined {
  const value = own(object, key);
  return value === undefined ? undefined : text(value, key, at, maxLength);
}

function text(value: unknown, key: string, at: At, maxLength: number): string {
  if (typeof value !== 'string' || value === '')
    throw refuse(at, `${named(at, key)} must be a non-empty string.`);
  if (value.length > maxLength)
    throw refuse(at, `${named(at, key)} is longer than ${maxLength.toLocaleString('en-US')} characters.`);
  return value;
}

/** A whole number from 1 up to Number.MAX_SAFE_INTEGER; `fallback` when the key is absent (if given). */
export function positiveInteger(object: JsonObject, key: string, at: At, fallback?: number): number {
  const value = own(object, key);
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === undefined) throw refuse(at, `${named(at, key)} is missing.`);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1)
    throw refuse(at, `${named(at, key)} must be a whole number of at least 1, not ${describe(value)}.`);
  return value;
}

/** An ISO-8601 instant with a date, a time to the second and a zone, e.g. 2026-05-01T12:00:00.000Z. */
const ISO_INSTANT =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function instant(object: JsonObject, key: string, at: At): string {
  const value = requiredText(object, key, at, 40);
  if (!ISO_INSTANT.test(value) || !Number.isFinite(Date.parse(value)))
    throw refuse(at, `${named(at, key)} must be an ISO-8601 instant like 2026-05-01T12:00:00.000Z.`);
  return value;
}

/** A short, safe description of a JSON value for messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return quote(value, 30);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}
