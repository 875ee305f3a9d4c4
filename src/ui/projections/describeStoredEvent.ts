import { accountIdOfStream } from '../../domain/account';
import type { StoredEvent } from '../../eventStore/types';
import { summarizeEvent } from '../eventText';

/** "#12 ACC-001: MoneyDeposited 50.00": an event written to the log, in words for people. */
export const describeStoredEvent = (stored: StoredEvent): string =>
  `#${stored.position} ${accountIdOfStream(stored.streamId)}: ${summarizeEvent(stored)}`;
