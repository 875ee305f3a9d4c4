import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../eventStore/types';
import { buildCausationTree, eventsUnder, findNode, type ChainNode } from './causationTree';

/** An event of `command`, caused by `cause`, in the correlation "root". */
const event = (position: number, command: string, cause: string): StoredEvent => ({
  id: `e${position}`,
  position,
  streamId: 'account-ACC-001',
  version: position,
  type: 'MoneyDeposited',
  schemaVersion: 2,
  data: { amount: 100 },
  metadata: {
    recordedAt: '2026-05-01T12:00:00.000Z',
    commandId: command,
    correlationId: 'root',
    causationId: cause,
  },
});

/**
 * A random chain in position order: the root command's events, then commands each caused by a random
 * earlier event, each appending one or two events.
 */
const chain = fc
  .tuple(
    fc.integer({ min: 1, max: 3 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 2 })), { maxLength: 12 }),
  )
  .map(([rootEvents, followUps]) => {
    const events: StoredEvent[] = [];
    for (let i = 0; i < rootEvents; i++) events.push(event(events.length + 1, 'root', 'root'));
    followUps.forEach(([parent, count], index) => {
      const cause = events[parent % events.length]?.id ?? 'root';
      for (let i = 0; i < count; i++) events.push(event(events.length + 1, `c${index}`, cause));
    });
    return events;
  });

const childrenOf = (node: ChainNode): readonly ChainNode[] =>
  node.kind === 'command' ? node.events : node.caused;

describe('the causation tree', () => {
  it('holds every event exactly once, each consequence after its cause, and finds every node by id', () => {
    fc.assert(
      fc.property(chain, (events) => {
        const tree = buildCausationTree('root', events);
        expect(tree.strays).toEqual([]);
        const listed = eventsUnder(tree.root);
        expect([...listed].sort((a, b) => a.position - b.position)).toEqual(events);

        const check = (node: ChainNode) => {
          if (node.kind === 'event') {
            for (const command of node.caused) {
              for (const child of command.events) {
                expect(child.event.position).toBeGreaterThan(node.event.position);
                expect(child.event.metadata.causationId).toBe(node.event.id);
              }
            }
          }
          childrenOf(node).forEach(check);
        };
        check(tree.root);
        for (const each of events) {
          expect(findNode(tree, each.id)).toMatchObject({ kind: 'event', event: each });
          const command = findNode(tree, each.metadata.commandId ?? '');
          expect(command?.kind === 'command' && eventsUnder(command)).toContainEqual(each);
        }
      }),
    );
  });

  it('shows a transfer as command → withdrawal → deposit command → deposit', () => {
    const withdrawal = { ...event(1, 'C', 'C'), type: 'MoneyWithdrawn' };
    const deposit = event(2, 'D', 'e1');
    const tree = buildCausationTree('C', [withdrawal, deposit]);
    expect(tree.root.commandId).toBe('C');
    expect(tree.root.events.map((node) => node.event.id)).toEqual(['e1']);
    expect(tree.root.events[0]?.caused.map((command) => command.commandId)).toEqual(['D']);
    expect(tree.root.events[0]?.caused[0]?.events.map((node) => node.event.id)).toEqual(['e2']);
  });

  it('lists a command whose cause is not among the events as a stray, and finds nothing unknown', () => {
    const tree = buildCausationTree('C', [event(7, 'D', 'gone')]);
    expect(tree.root.events).toEqual([]);
    expect(tree.strays.map((command) => command.commandId)).toEqual(['D']);
    expect(findNode(tree, 'e7')).toMatchObject({ kind: 'event' });
    expect(findNode(tree, 'nothing')).toBeUndefined();
  });
});
