/**
 * The shipped documentation cannot drift from the code: the JSON Schema agrees with the upcaster registry and
 * the limits, the example in docs/FORMAT.md and the e2e fixtures import as described, every line of valid
 * files satisfies the schema, and the line-local refusals of the corpus are refused by the schema too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_EVENT_SCHEMAS } from '../domain/account/upcast';
import { MAX_AMOUNT_CENTS } from '../domain/money';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import { startedModelsOf } from './corpus/startedModels';
import { BASE_EVENTS, file } from './corpus/build';
import { validates } from './corpus/jsonSchemaSubset';
import { lineCases } from './corpus/lineCases';
import { ruleCases } from './corpus/ruleCases';
import { valueCases } from './corpus/valueCases';
import { EVENT_KEYS, FORMAT_NAME, METADATA_KEYS } from './format';
import { IMPORT_LIMITS } from './importLimits';
import { importNdjson } from './importNdjson';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const schema = JSON.parse(read('public/chronoledger-events.schema.json')) as Record<string, unknown>;
const defs = schema['$defs'] as Record<string, Record<string, unknown>>;
const property = (def: string, key: string) =>
  (defs[def]?.['properties'] as Record<string, Record<string, unknown>>)[key];

/** The example after "## A hand-written example" in docs/FORMAT.md. */
function documentedExample(): string {
  const doc = read('docs/FORMAT.md');
  const section = doc.slice(doc.indexOf('## A hand-written example'));
  const match = /```ndjson\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('docs/FORMAT.md has no example.');
  return match[1];
}

const linesOf = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);

describe('the JSON Schema of chronoledger-events', () => {
  it('knows exactly the event types, versions and data fields of the registry', () => {
    expect(property('event', 'type')?.['enum']).toEqual(ACCOUNT_EVENT_SCHEMAS.map((entry) => entry.type));
    const versions = new Set(ACCOUNT_EVENT_SCHEMAS.flatMap((entry) => entry.versions.map((v) => v.version)));
    expect(property('event', 'schemaVersion')?.['enum']).toEqual([...versions]);
    for (const { type, versions: known } of ACCOUNT_EVENT_SCHEMAS) {
      for (const { version, fields } of known) {
        const data = defs[`${type}.v${version}.data`];
        expect(data?.['additionalProperties']).toBe(false);
        expect(Object.keys((data?.['properties'] as object | undefined) ?? {})).toEqual(
          fields.map((f) => f.name),
        );
      }
    }
  });

  it('states the format, the keys and the limits the importer applies', () => {
    expect(property('header', 'format')).toEqual({ const: FORMAT_NAME });
    expect(property('header', 'eventCount')?.['maximum']).toBe(IMPORT_LIMITS.maxEvents);
    expect(defs['text']?.['maxLength']).toBe(IMPORT_LIMITS.maxIdLength);
    expect(defs['cents']?.['maximum']).toBe(MAX_AMOUNT_CENTS);
    expect(Object.keys(defs['event']?.['properties'] as object)).toEqual([...EVENT_KEYS]);
    expect(Object.keys(defs['metadata']?.['properties'] as object)).toEqual([...METADATA_KEYS]);
  });

  it('accepts every line of valid files: the documented example, the e2e fixture, the corpus base', () => {
    const valid = [documentedExample(), read('e2e/fixtures/textbook-v1.ndjson'), file(BASE_EVENTS)];
    for (const text of valid) for (const line of linesOf(text)) expect(validates(schema, line)).toBe(true);
  });

  it('refuses the offending line of every corpus case that one line alone can show', () => {
    // Rules across lines, or about the decimal form of a number, which JSON Schema cannot state.
    const beyondSchema = /gap|used twice|version 2|split|spanning|decimals|0\.1 \+ 0\.2|1e-7|another account/;
    const cases = [...lineCases, ...valueCases, ...ruleCases].filter(({ name }) => !beyondSchema.test(name));
    let checked = 0;
    for (const { name, text, line } of cases) {
      const offending = text.split('\n')[line - 1] ?? '';
      let value: unknown;
      try {
        value = JSON.parse(offending);
      } catch {
        continue;
      }
      if (ruleCases.some((rule) => rule.name === name) && !/owner/.test(name)) continue;
      expect({ name, valid: validates(schema, value) }).toEqual({ name, valid: false });
      checked += 1;
    }
    expect(checked).toBeGreaterThan(40);
  });
});

describe('documented files', () => {
  it('imports the example of docs/FORMAT.md with the balances it describes', async () => {
    const store = createInMemoryEventStore();
    await importNdjson([documentedExample()], store);
    const balances = (await startedModelsOf(store)).models.balances;
    expect(balances.get('ACC-001')).toMatchObject({ owner: 'Alice', balance: 79_950, status: 'Open' });
    expect(balances.get('ACC-002')).toMatchObject({ balance: 0, status: 'Closed' });
    expect((await store.readAll()).map((event) => event.schemaVersion)).toEqual([1, 1, 2, 2, 2, 2]);
  });

  it('imports the e2e fixture and refuses the bad ones with the lines the e2e tests expect', async () => {
    const store = createInMemoryEventStore();
    await importNdjson([read('e2e/fixtures/textbook-v1.ndjson')], store);
    const balances = (await startedModelsOf(store)).models.balances;
    expect(balances.get('ACC-001')?.balance).toBe(75_000);
    expect(balances.get('ACC-002')?.balance).toBe(148_026);
    expect(balances.get('ACC-003')?.status).toBe('Closed');
    await expect(importNdjson([read('e2e/fixtures/overdraft.ndjson')], store)).rejects.toMatchObject({
      line: 4,
    });
    await expect(
      importNdjson([read('e2e/fixtures/prototype-pollution.ndjson')], store),
    ).rejects.toMatchObject({
      line: 2,
      reason: expect.stringMatching(/__proto__/),
    });
  });
});
