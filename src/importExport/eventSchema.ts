/**
 * One event line: checked field by field and copied into a fresh StoredEvent that holds only known keys.
 * Unknown keys are refused, not dropped, at every level (the line, `data`, `metadata`): a file that carries
 * more than the format defines was not written for this format, and silently dropping data would make the
 * imported log differ from the file. `data` must hold exactly the fields of its type and schema version
 * (upcast.ts), and its values are checked by decoding it as every reader will (`decodeAccountEvent`, which
 * upcasts version 1), so an event that imports is an event the app can read.
 */
import { ACCOUNT_STREAM_PREFIX, parseAccountId, type AccountEvent } from '../domain/account';
import { decodeAccountEvent } from '../domain/account/codec';
import {
  ACCOUNT_EVENT_SCHEMAS,
  eventVersionSchema,
  isKnownEventType,
  knownVersionsOf,
} from '../domain/account/upcast';
import { isEventSchemaError } from '../domain/EventSchemaError';
import type { EventMetadata, StoredEvent } from '../eventStore/types';
import {
  type At,
  instant,
  type JsonObject,
  objectWithKeys,
  optionalText,
  own,
  positiveInteger,
  refuse,
  requiredText,
} from './fields';
import { EVENT_KEYS, METADATA_KEYS } from './format';
import { quote } from './ImportRefused';
import type { ImportLimits } from './importLimits';

/** An event line as it will be stored, and its data decoded (upcast) for the rule checks. */
export interface CheckedEvent {
  readonly stored: StoredEvent;
  readonly decoded: AccountEvent;
}

const LINE_KEYS: ReadonlySet<string> = new Set(EVENT_KEYS);
const METADATA: ReadonlySet<string> = new Set(METADATA_KEYS);
const KNOWN_TYPES = ACCOUNT_EVENT_SCHEMAS.map((schema) => schema.type).join(', ');

export function eventFromJson(value: unknown, line: number, limits: ImportLimits): CheckedEvent {
  const at: At = { line, path: '' };
  const event = objectWithKeys(value, at, LINE_KEYS, 'The event');
  const id = requiredText(event, 'id', at, limits.maxIdLength);
  const position = positiveInteger(event, 'position', at);
  const streamId = accountStream(requiredText(event, 'streamId', at, limits.maxIdLength), at);
  const version = positiveInteger(event, 'version', at);
  const type = requiredText(event, 'type', at, limits.maxIdLength);
  if (!isKnownEventType(type)) throw refuse(at, `unknown event type ${quote(type)} (known: ${KNOWN_TYPES}).`);
  // A line without schemaVersion was written before versions existed: version 1.
  const schemaVersion = positiveInteger(event, 'schemaVersion', at, 1);
  const schema = eventVersionSchema(type, schemaVersion);
  if (schema === undefined)
    throw refuse(at, `${type} has no schema version ${schemaVersion} (known: ${knownVersionsOf(type)}).`);
  const dataAt: At = { line, path: 'data' };
  const fields = schema.fields.map((field) => field.name);
  const raw = objectWithKeys(
    own(event, 'data'),
    dataAt,
    new Set(fields),
    `data of ${type} v${schemaVersion}`,
  );
  const missing = fields.find((field) => !Object.hasOwn(raw, field));
  if (missing !== undefined) throw refuse(dataAt, `data.${missing} is missing.`);
  const data = Object.fromEntries(fields.map((field) => [field, raw[field]]));
  const decoded = decode(type, schemaVersion, data, at);
  const metadata = metadataFromJson(own(event, 'metadata'), line, limits);
  return { stored: { id, position, streamId, version, type, schemaVersion, data, metadata }, decoded };
}

/** Only account streams exist: "account-" and an account id exactly as the app writes it. */
function accountStream(streamId: string, at: At): string {
  const prefix = ACCOUNT_STREAM_PREFIX;
  const accountId = streamId.startsWith(prefix) ? streamId.slice(prefix.length) : '';
  try {
    if (parseAccountId(accountId) === accountId) return streamId;
  } catch {
    // Refused below with the format expected.
  }
  throw refuse(at, `streamId ${quote(streamId)} is not an account stream like "account-ACC-001".`);
}

function decode(type: string, schemaVersion: number, data: JsonObject, at: At): AccountEvent {
  try {
    return decodeAccountEvent(type, schemaVersion, data);
  } catch (error) {
    if (isEventSchemaError(error)) throw refuse(at, `data of ${type} v${schemaVersion}: ${error.reason}.`);
    throw error;
  }
}

function metadataFromJson(value: unknown, line: number, limits: ImportLimits): EventMetadata {
  const at: At = { line, path: 'metadata' };
  if (value === undefined) throw refuse(at, 'metadata is missing; it holds at least recordedAt.');
  const metadata = objectWithKeys(value, at, METADATA, 'metadata');
  const copy: Record<string, string> = { recordedAt: instant(metadata, 'recordedAt', at) };
  for (const key of METADATA_KEYS.slice(1)) {
    const text = optionalText(metadata, key, at, limits.maxIdLength);
    if (text !== undefined) copy[key] = text;
  }
  return copy as unknown as EventMetadata;
}
