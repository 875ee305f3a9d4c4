/**
 * Finding a causation chain in a log of any length without scanning it.
 *
 * The rule: a chain starts with its correlation's first command, and each consequence in it is appended
 * within FOLLOW_WINDOW positions of the chain's previous event. Both hold for chains made here: the root is
 * the command whose id is the correlation id (commands are indexed, so `findCommand` gives its positions at
 * once), and a process manager reacts at once (a transfer's deposit follows its withdrawal directly, unless
 * another tab appended in that instant). So the chain is found by reading forward from the root in bounded
 * slices (`readAll({from, to})`), extending the horizon past each member found, and stopping once a whole
 * window holds no member, at the head, or after SCAN_LIMIT events.
 *
 * Limits: a reaction delayed by more than FOLLOW_WINDOW events (say, another tab loading sample data in
 * between) is not found by the scan, and a chain whose span passes SCAN_LIMIT is cut there; the result says
 * so in `scanStoppedAt`. A transfer's follow-ups are found wherever they are: their command ids are fixed
 * by the withdrawal (`followUpCommandId`), so the command index gives their positions (looked up only for a
 * withdrawal whose follow-up the scan did not find). The cost does not depend on the log's length: an index
 * lookup or two and reads of about the chain's span plus one window (two 1,024-event segments for a
 * transfer), however many events came before.
 */
import { followUpCommandId } from '../../commands/transfer/transferPolicy';
import { correlationOf } from '../../eventStore/correlation';
import type { EventStore } from '../../eventStore/EventStore';
import type { StoredEvent } from '../../eventStore/types';
import { buildCausationTree, type CausationTree, type CommandNode } from './causationTree';

export const FOLLOW_WINDOW = 1024;
export const SCAN_LIMIT = 16_384;

export interface CausationChain extends CausationTree {
  readonly correlationId: string;
  /** Set when the scan stopped at SCAN_LIMIT: the last position read, after which members may remain. */
  readonly scanStoppedAt: number | null;
}

export interface ChainLimits {
  readonly window: number;
  readonly scanLimit: number;
}

/**
 * The chain of `correlationId`. `anchor` is the position of an event known to belong to it (the one whose
 * link was clicked): the scan starts at the root command's first event, or at the anchor when the
 * correlation id is no command of this log (an imported id, say), and always reaches the anchor.
 */
export async function findChain(
  store: EventStore,
  correlationId: string,
  anchor: number,
  { window, scanLimit }: ChainLimits = { window: FOLLOW_WINDOW, scanLimit: SCAN_LIMIT },
): Promise<CausationChain> {
  const [record, head] = await Promise.all([store.findCommand(correlationId), store.headPosition()]);
  const start = record?.kind === 'appended' ? Math.min(record.result.firstPosition, anchor) : anchor;
  const members: StoredEvent[] = [];
  let horizon = Math.max(start, anchor) + window - 1;
  let next = start;
  const last = Math.min(head, start + scanLimit - 1);
  while (next <= Math.min(horizon, last)) {
    const to = Math.min(horizon, last, next + window - 1);
    for (const event of await store.readAll({ from: next, to })) {
      if (correlationOf(event) !== correlationId) continue;
      members.push(event);
      horizon = Math.max(horizon, event.position + window);
    }
    next = to + 1;
  }
  const cut = next <= Math.min(horizon, head);
  members.push(...(await lateTransferFollowUps(store, members)));
  const tree = buildCausationTree(correlationId, members);
  const root: CommandNode =
    record?.kind === 'refused'
      ? { ...tree.root, refusal: { code: record.code, message: record.message } }
      : tree.root;
  return { ...tree, root, correlationId, scanStoppedAt: cut ? next - 1 : null };
}

/**
 * The deposits and refunds that followed the transfer withdrawals among `members` but lie beyond the scan
 * (a transfer finished late, after an interruption): looked up by their fixed command ids.
 */
async function lateTransferFollowUps(
  store: EventStore,
  members: readonly StoredEvent[],
): Promise<StoredEvent[]> {
  const found = new Set(members.map((event) => event.metadata.commandId));
  const lateOf = async (withdrawal: StoredEvent): Promise<StoredEvent[]> => {
    const deposit = followUpCommandId(withdrawal, 'deposit');
    const refund = followUpCommandId(withdrawal, 'refund');
    // Scanned already, as follow-ups nearly always are: nothing to look up.
    if (found.has(deposit) || found.has(refund)) return [];
    // A refund follows only a deposit that was not carried out (refused, or refused and the refusal not
    // stored): looked up only when the deposit has no append on record.
    let record = await store.findCommand(deposit);
    if (record?.kind !== 'appended') record = await store.findCommand(refund);
    if (record?.kind !== 'appended') return [];
    return store.readAll({ from: record.result.firstPosition, to: record.result.lastPosition });
  };
  const withdrawals = members.filter((event) => event.type === 'MoneyWithdrawn');
  return (await Promise.all(withdrawals.map(lateOf))).flat();
}
