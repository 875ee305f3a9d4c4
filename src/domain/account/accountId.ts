import type { Brand } from '../../shared/brand';
import { DomainRuleViolation } from '../DomainRuleViolation';

/** An account id such as "ACC-001": letters, digits and dashes, upper case, at most 32 characters. */
export type AccountId = Brand<string, 'AccountId'>;

const ACCOUNT_ID = /^[A-Z0-9][A-Z0-9-]{0,31}$/;
const STREAM_PREFIX = 'account-';

/** The one parser: trims and upper-cases what a person typed. */
export function parseAccountId(input: string): AccountId {
  const text = input.trim().toUpperCase();
  if (!ACCOUNT_ID.test(text)) {
    throw new DomainRuleViolation(
      'InvalidAccountId',
      `"${input.trim()}" is not an account id: use up to 32 letters, digits and dashes, like ACC-001.`,
    );
  }
  return text as AccountId;
}

export function accountStreamId(accountId: AccountId): string {
  return STREAM_PREFIX + accountId;
}

export const ACCOUNT_STREAM_PREFIX = STREAM_PREFIX;

/** The account id a stream belongs to; the stream id is trusted to come from `accountStreamId`. */
export function accountIdOfStream(streamId: string): AccountId {
  return streamId.slice(STREAM_PREFIX.length) as AccountId;
}

const NUMBERED = /^ACC-(\d+)$/;

/** The next free "ACC-NNN" after the highest numbered id in use (ids are never reused). */
export function nextFreeAccountId(existing: Iterable<string>): AccountId {
  let highest = 0;
  for (const id of existing) {
    const match = NUMBERED.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `ACC-${String(highest + 1).padStart(3, '0')}` as AccountId;
}
