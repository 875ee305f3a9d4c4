/** Event lines that break the format: not JSON, missing or mistyped fields, unknown keys, broken sequences. */
import { at, BASE_EVENTS, type CorpusCase, patch, patchMetadata, without, withEvent } from './build';

/** Event 2 as raw text with `insert` put right after its opening brace (or after `"metadata":{`). */
const rawWith = (insert: string, after = '{') =>
  withEvent(2, (original) => JSON.stringify(original).replace(after, `${after}${insert},`));

export const lineCases: readonly CorpusCase[] = [
  at(
    'a blank line between events',
    3,
    withEvent(3, () => ''),
    /the line is empty/,
  ),
  at(
    'a line cut short',
    2,
    withEvent(2, () => '{"id":"evt-2","position":'),
    /not valid JSON/,
  ),
  at(
    'a line with a trailing comma',
    2,
    withEvent(2, (e) => JSON.stringify(e).replace(/}$/, ',}')),
    /not valid JSON/,
  ),
  at(
    'a line that is a string',
    2,
    withEvent(2, () => '"MoneyDeposited"'),
    /The event must be a JSON object/,
  ),
  at(
    'a line that is null',
    2,
    withEvent(2, () => 'null'),
    /The event must be a JSON object/,
  ),
  at(
    'a line that is an array',
    2,
    withEvent(2, () => '[]'),
    /The event must be a JSON object/,
  ),
  at('a missing id', 2, without(2, 'id'), /id is missing/),
  at('an empty id', 2, patch(2, { id: '' }), /id must be a non-empty string/),
  at('a numeric id', 2, patch(2, { id: 2 }), /id must be a non-empty string/),
  at('an id used twice', 4, patch(4, { id: 'evt-2' }), /id "evt-2" was used by an earlier event/),
  at(
    'a gap in positions',
    3,
    withEvent(3, () => undefined),
    /position is 4 but 3 comes next/,
  ),
  at('a position of 0', 1, patch(1, { position: 0 }), /position must be a whole number of at least 1, not 0/),
  at('a position written as a string', 2, patch(2, { position: '2' }), /position must be a whole number/),
  at('a fractional position', 2, patch(2, { position: 1.5 }), /position must be a whole number/),
  at('a missing position', 2, without(2, 'position'), /position is missing/),
  at(
    'a gap in versions',
    4,
    patch(4, { version: 4 }),
    /version is 4 but 3 comes next in stream "account-ACC-001"/,
  ),
  at('a stream that starts at version 2', 3, patch(3, { version: 2 }), /version is 2 but 1 comes next/),
  at(
    'a transfer stream',
    2,
    patch(2, { streamId: 'transfer-1' }),
    /streamId "transfer-1" is not an account stream/,
  ),
  at('a lower-case account stream', 2, patch(2, { streamId: 'account-acc-001' }), /not an account stream/),
  at('markup in the stream id', 2, patch(2, { streamId: 'account-<script>' }), /not an account stream/),
  at(
    'an unknown event type',
    2,
    patch(2, { type: 'MoneyTeleported' }),
    /unknown event type "MoneyTeleported"/,
  ),
  at('a numeric event type', 2, patch(2, { type: 7 }), /type must be a non-empty string/),
  at(
    'an unknown schema version',
    2,
    patch(2, { schemaVersion: 3 }),
    /MoneyDeposited has no schema version 3 \(known: 1, 2\)/,
  ),
  at(
    'schema version 0',
    2,
    patch(2, { schemaVersion: 0 }),
    /schemaVersion must be a whole number of at least 1/,
  ),
  at(
    'a schema version written as a string',
    2,
    patch(2, { schemaVersion: '2' }),
    /schemaVersion must be a whole number/,
  ),
  at('an unknown key on the event', 2, patch(2, { comment: 'hi' }), /The event has an unknown key "comment"/),
  at('a __proto__ key on the event', 2, rawWith('"__proto__":{"polluted":true}'), /unknown key "__proto__"/),
  at(
    'a constructor key in data',
    2,
    patch(2, { data: { amount: 100_000, constructor: { prototype: { x: 1 } } } }),
    /data of MoneyDeposited v2 has an unknown key "constructor"/,
  ),
  at(
    'a __proto__ key in metadata',
    2,
    rawWith('"__proto__":{"admin":true}', '"metadata":{'),
    /metadata has an unknown key "__proto__"/,
  ),
  at(
    'an unknown key in data',
    2,
    patch(2, { data: { amount: 100_000, note: 'gift' } }),
    /unknown key "note"/,
  ),
  at(
    'data on a closing',
    6,
    patch(6, { data: { amount: 5 } }),
    /data of AccountClosed v1 has an unknown key "amount" \(allowed: none\)/,
  ),
  at(
    'an unknown key in metadata',
    2,
    patchMetadata(2, { ip: '10.0.0.1' }),
    /metadata has an unknown key "ip"/,
  ),
  at('missing metadata', 2, without(2, 'metadata'), /metadata is missing/),
  at('metadata that is a string', 2, patch(2, { metadata: '2026-04-01' }), /metadata must be a JSON object/),
  at(
    'a missing recordedAt',
    2,
    patch(2, { metadata: { commandId: 'cmd-2' } }),
    /metadata.recordedAt is missing/,
  ),
  at(
    'a recordedAt in words',
    2,
    patchMetadata(2, { recordedAt: 'yesterday' }),
    /recordedAt must be an ISO-8601 instant/,
  ),
  at('a recordedAt on no calendar', 2, patchMetadata(2, { recordedAt: '2026-13-45T99:00:00Z' }), /ISO-8601/),
  at('a numeric actor', 2, patchMetadata(2, { actor: 42 }), /metadata.actor must be a non-empty string/),
  at(
    'an over-long command id',
    2,
    patchMetadata(2, { commandId: 'c'.repeat(201) }),
    /commandId is longer than 200 characters/,
  ),
  at('data that is null', 2, patch(2, { data: null }), /data of MoneyDeposited v2 must be a JSON object/),
  at('data that is an array', 2, patch(2, { data: [100_000] }), /must be a JSON object/),
  at('missing data', 2, without(2, 'data'), /must be a JSON object/),
  at('data without its amount', 2, patch(2, { data: {} }), /data.amount is missing/),
  at(
    'a command split over two runs',
    4,
    patchMetadata(4, { commandId: 'cmd-2' }),
    /command id "cmd-2" already appeared/,
  ),
  at(
    'a command spanning two streams',
    3,
    patchMetadata(3, { commandId: 'cmd-2' }),
    /command id "cmd-2" already appeared/,
  ),
];

export const limitCases: readonly CorpusCase[] = [
  at(
    'a line over 64 KiB',
    2,
    patchMetadata(2, { actor: 'x'.repeat(70_000) }),
    /longer than 65,536 characters/,
  ),
  at(
    'a line without end over 64 KiB',
    BASE_EVENTS.length,
    withEvent(7, () => `{"id":"${'x'.repeat(70_000)}`),
    /longer than 65,536/,
  ),
  at(
    'nesting deeper than 8 levels',
    2,
    patch(2, { data: { amount: [[[[[[[[1]]]]]]]] } }),
    /deeper than 8 levels/,
  ),
  at(
    'a bomb of nested arrays',
    2,
    withEvent(2, () => '['.repeat(30_000) + ']'.repeat(30_000)),
    /deeper than 8 levels/,
  ),
];
