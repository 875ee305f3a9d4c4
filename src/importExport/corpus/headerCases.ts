/** Malformed files as a whole and malformed headers (line 1). */
import { BASE_EVENTS, type CorpusCase, EXPORTED_AT, file, header } from './build';

const headerText = (extra: string) =>
  `{"format":"chronoledger-events","formatVersion":1,"exportedAt":"${EXPORTED_AT}","eventCount":7${extra}}`;

export const headerCases: readonly CorpusCase[] = [
  { name: 'an empty file', text: '', line: 0, reason: /The file is empty/ },
  { name: 'a blank first line', text: '\n', line: 1, reason: /the line is empty/ },
  { name: 'a header that is not JSON', text: 'hello, world\n', line: 1, reason: /not valid JSON/ },
  { name: 'a CSV file', text: 'position,type\n1,AccountCreated\n', line: 1, reason: /not valid JSON/ },
  {
    name: 'a header that is an array',
    text: file(BASE_EVENTS, '[1,2]'),
    line: 1,
    reason: /header of a Chronoledger export/,
  },
  {
    name: 'a header that is null',
    text: file(BASE_EVENTS, 'null'),
    line: 1,
    reason: /header of a Chronoledger export/,
  },
  {
    name: 'another format',
    text: file(BASE_EVENTS, header(7, { format: 'kurrentdb-events' })),
    line: 1,
    reason: /header of a Chronoledger export/,
  },
  {
    name: 'an event where the header belongs',
    text: file(BASE_EVENTS.slice(1), BASE_EVENTS[0]),
    line: 1,
    reason: /header of a Chronoledger export/,
  },
  {
    name: 'a newer format version',
    text: file(BASE_EVENTS, header(7, { formatVersion: 2 })),
    line: 1,
    reason: /formatVersion must be 1 .*not 2/,
  },
  {
    name: 'a header without formatVersion',
    text: file(BASE_EVENTS, header(7, { formatVersion: undefined })),
    line: 1,
    reason: /formatVersion must be 1 .*not missing/,
  },
  {
    name: 'a negative eventCount',
    text: file(BASE_EVENTS, header(-1)),
    line: 1,
    reason: /eventCount must be a whole number/,
  },
  {
    name: 'a fractional eventCount',
    text: file(BASE_EVENTS, header(7.5)),
    line: 1,
    reason: /eventCount must be a whole number/,
  },
  {
    name: 'an eventCount written as a string',
    text: file(BASE_EVENTS, header(7, { eventCount: '7' })),
    line: 1,
    reason: /eventCount must be a whole number of at least 0, not "7"/,
  },
  {
    name: 'an eventCount beyond the limit',
    text: file(BASE_EVENTS, header(2_000_001)),
    line: 1,
    reason: /2,000,001 events; at most 2,000,000/,
  },
  {
    name: 'an unknown key in the header',
    text: file(BASE_EVENTS, header(7, { comment: 'hi' })),
    line: 1,
    reason: /unknown key "comment"/,
  },
  {
    name: 'a __proto__ key in the header',
    text: file(BASE_EVENTS, headerText(',"__proto__":{"isAdmin":true}')),
    line: 1,
    reason: /unknown key "__proto__"/,
  },
  {
    name: 'an exportedAt that is not an instant',
    text: file(BASE_EVENTS, header(7, { exportedAt: 'yesterday' })),
    line: 1,
    reason: /exportedAt must be an ISO-8601 instant/,
  },
  {
    name: 'fewer events than announced',
    text: file(BASE_EVENTS, header(8)),
    line: 0,
    reason: /ends after 7 events.*announces 8/,
  },
  {
    name: 'more events than announced',
    text: file(BASE_EVENTS, header(6)),
    line: 8,
    reason: /announces 6 events.*more lines/,
  },
  {
    name: 'a header of 0 events followed by events',
    text: file(BASE_EVENTS, header(0)),
    line: 2,
    reason: /announces 0 events/,
  },
];
