/**
 * Schema evolution of account events: which versions of each event type exist, the fields each holds, and
 * the upcasters that turn an old version into the next. The log is never rewritten: an event is stored in the
 * version it was written (or imported) in and upcast every time it is decoded (`decodeAccountEvent`).
 *
 * These arrays are the single source of truth: the codec upcasts with them, the importer checks data keys
 * against them, and the Schema panel lists them, so what is shown cannot drift from what runs.
 */
import { EventSchemaError } from '../EventSchemaError';
import { ACCOUNT_EVENT_SCHEMA_VERSION, type AccountEventType } from './events';
import { decimalToCents } from './upcastMoney';

/** Data of an event as stored: a plain JSON object. */
export type EventFields = Readonly<Record<string, unknown>>;

/** `text`: a non-empty string; `cents`: an integer of cents; `decimal`: a number of currency units. */
export type FieldKind = 'text' | 'cents' | 'decimal';

export interface FieldSchema {
  readonly name: string;
  readonly kind: FieldKind;
  /** Whether zero is allowed (an initial deposit) or the amount must be more than zero. */
  readonly allowZero?: boolean;
}

export interface EventVersionSchema {
  readonly version: number;
  /** Every field is required, and no other key is allowed. */
  readonly fields: readonly FieldSchema[];
}

export interface EventTypeSchema {
  readonly type: AccountEventType;
  readonly versions: readonly EventVersionSchema[];
}

export interface Upcaster {
  readonly type: AccountEventType;
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly description: string;
  /** Returns fresh data of `toVersion`; throws EventSchemaError if the old data cannot be converted. */
  readonly upcast: (data: EventFields, fail: (reason: string) => EventSchemaError) => EventFields;
}

/** The version every event is upcast to, and the version new events are written in. */
export const CURRENT_SCHEMA_VERSION = ACCOUNT_EVENT_SCHEMA_VERSION;

const accountId: FieldSchema = { name: 'accountId', kind: 'text' };
const owner: FieldSchema = { name: 'owner', kind: 'text' };

export const ACCOUNT_EVENT_SCHEMAS: readonly EventTypeSchema[] = [
  {
    type: 'AccountCreated',
    versions: [
      {
        version: 1,
        fields: [accountId, owner, { name: 'initialDeposit', kind: 'decimal', allowZero: true }],
      },
      { version: 2, fields: [accountId, owner, { name: 'initialDeposit', kind: 'cents', allowZero: true }] },
    ],
  },
  {
    type: 'MoneyDeposited',
    versions: [
      { version: 1, fields: [{ name: 'amount', kind: 'decimal' }] },
      { version: 2, fields: [{ name: 'amount', kind: 'cents' }] },
    ],
  },
  {
    type: 'MoneyWithdrawn',
    versions: [
      { version: 1, fields: [{ name: 'amount', kind: 'decimal' }] },
      { version: 2, fields: [{ name: 'amount', kind: 'cents' }] },
    ],
  },
  {
    type: 'AccountClosed',
    versions: [
      { version: 1, fields: [] },
      { version: 2, fields: [] },
    ],
  },
];

/** Version 1 → 2 of an event with one decimal amount field: the same data with the amount in cents. */
function decimalAmountToCents(type: AccountEventType, field: string, allowZero: boolean): Upcaster {
  return {
    type,
    fromVersion: 1,
    toVersion: 2,
    description: `${field}: decimal currency units (at most two decimals) → integer cents, converted exactly`,
    upcast: (data, fail) => {
      const cents = decimalToCents(data[field], allowZero);
      if (typeof cents !== 'number') throw fail(`${field} ${cents.refused}`);
      return { ...data, [field]: cents };
    },
  };
}

export const ACCOUNT_UPCASTERS: readonly Upcaster[] = [
  decimalAmountToCents('AccountCreated', 'initialDeposit', true),
  decimalAmountToCents('MoneyDeposited', 'amount', false),
  decimalAmountToCents('MoneyWithdrawn', 'amount', false),
  {
    type: 'AccountClosed',
    fromVersion: 1,
    toVersion: 2,
    description: 'no change: the event carries no data',
    upcast: () => ({}),
  },
];

const schemaByType = new Map(ACCOUNT_EVENT_SCHEMAS.map((schema) => [schema.type as string, schema]));
const upcasterByStep = new Map(ACCOUNT_UPCASTERS.map((step) => [`${step.type}@${step.fromVersion}`, step]));

/** The schema of one version of an event type, or undefined for an unknown type or version. */
export function eventVersionSchema(type: string, version: number): EventVersionSchema | undefined {
  return schemaByType.get(type)?.versions.find((entry) => entry.version === version);
}

export function isKnownEventType(type: string): boolean {
  return schemaByType.has(type);
}

/** The versions known for a type, for messages: "1, 2". */
export function knownVersionsOf(type: string): string {
  return (schemaByType.get(type)?.versions ?? []).map((entry) => entry.version).join(', ');
}

/**
 * The data of a known type and version, upcast step by step to CURRENT_SCHEMA_VERSION. Current data is
 * returned as it is (the hot path of every fold); older data yields fresh objects, never the stored ones.
 */
export function upcastAccountData(type: string, schemaVersion: number, data: EventFields): EventFields {
  let current = data;
  for (let version = schemaVersion; version < CURRENT_SCHEMA_VERSION;) {
    const step = upcasterByStep.get(`${type}@${version}`);
    const fail = (reason: string) => new EventSchemaError(type, schemaVersion, reason);
    if (step === undefined) throw fail(`no upcaster from version ${version}`);
    current = step.upcast(current, fail);
    version = step.toVersion;
  }
  return current;
}
