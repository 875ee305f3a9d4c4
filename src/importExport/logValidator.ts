/**
 * Validates a `chronoledger-events` file line by line, keeping only what the import will write: the header
 * on line 1, then every event checked against its schema, the log's sequence rules and the domain's rules
 * before it is kept. Nothing is written here; the first problem throws ImportRefused naming its line.
 */
import type { StoredEvent } from '../eventStore/types';
import { DomainReplay } from './domainReplay';
import { eventFromJson } from './eventSchema';
import { type ExportHeader, FORMAT_NAME } from './format';
import { headerFromJson } from './headerSchema';
import { ImportRefused } from './ImportRefused';
import { IMPORT_LIMITS, type ImportLimits } from './importLimits';
import { parseLine } from './jsonLine';
import { SequenceChecks } from './sequenceChecks';

export interface ValidatedLog {
  readonly header: ExportHeader;
  /** Positions 1..N, as they will be stored. */
  readonly events: readonly StoredEvent[];
}

export class LogValidator {
  private header: ExportHeader | undefined;
  private readonly events: StoredEvent[] = [];
  private readonly sequence = new SequenceChecks();
  private readonly rules = new DomainReplay();
  private lines = 0;

  constructor(private readonly limits: ImportLimits = IMPORT_LIMITS) {}

  /** Lines accepted so far. */
  get lineCount(): number {
    return this.lines;
  }

  /** The header's announced number of events, once line 1 is read. */
  get expectedEvents(): number | undefined {
    return this.header?.eventCount;
  }

  accept(text: string): void {
    const line = this.lines + 1;
    const value = parseLine(text, line, this.limits);
    if (this.header === undefined) {
      this.header = headerFromJson(value, this.limits);
    } else {
      if (this.events.length >= this.header.eventCount) {
        throw new ImportRefused(
          line,
          `the header announces ${this.header.eventCount} events, but the file holds more lines.`,
        );
      }
      const { stored, decoded } = eventFromJson(value, line, this.limits);
      this.sequence.check(stored, line);
      this.rules.check(stored, decoded, line);
      this.events.push(stored);
    }
    this.lines = line;
  }

  finish(): ValidatedLog {
    const { header, events } = this;
    if (header === undefined) {
      throw new ImportRefused(
        0,
        `The file is empty. Choose a ${FORMAT_NAME} file (.ndjson) exported by Chronoledger.`,
      );
    }
    if (events.length !== header.eventCount) {
      throw new ImportRefused(
        0,
        `The file ends after ${events.length} events, but its header announces ${header.eventCount}: ` +
          'it may have been cut short. Export it again.',
      );
    }
    return { header, events };
  }
}
