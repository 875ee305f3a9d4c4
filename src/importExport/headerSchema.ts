/** Line 1 of a `chronoledger-events` file: which format, which version, when, and how many events follow. */
import { type At, describe, instant, objectWithKeys, own, refuse } from './fields';
import { type ExportHeader, FORMAT_NAME, FORMAT_VERSION } from './format';
import { limitMessages, type ImportLimits } from './importLimits';

const HEADER_KEYS: ReadonlySet<string> = new Set(['format', 'formatVersion', 'exportedAt', 'eventCount']);

export function headerFromJson(value: unknown, limits: ImportLimits): ExportHeader {
  const at: At = { line: 1, path: '' };
  const notAnExport = `the first line must be the header of a Chronoledger export, {"format":"${FORMAT_NAME}",…}.`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw refuse(at, notAnExport);
  if (own(value as Record<string, unknown>, 'format') !== FORMAT_NAME) throw refuse(at, notAnExport);
  const header = objectWithKeys(value, at, HEADER_KEYS, 'The header');
  const formatVersion = own(header, 'formatVersion');
  if (formatVersion !== FORMAT_VERSION) {
    throw refuse(
      at,
      `formatVersion must be ${FORMAT_VERSION} (the version this app reads), not ${describe(formatVersion)}. ` +
        'Export the file again with this version of Chronoledger.',
    );
  }
  const eventCount = own(header, 'eventCount');
  if (typeof eventCount !== 'number' || !Number.isSafeInteger(eventCount) || eventCount < 0)
    throw refuse(at, `eventCount must be a whole number of at least 0, not ${describe(eventCount)}.`);
  if (eventCount > limits.maxEvents) throw refuse(at, limitMessages.eventCount(eventCount, limits));
  return {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    exportedAt: instant(header, 'exportedAt', at),
    eventCount,
  };
}
