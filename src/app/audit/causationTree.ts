/**
 * The causation tree of one correlation: the command that started it, the events each command appended,
 * the commands each event caused, and so on. Built from the correlation's events alone (their metadata
 * says which command appended them and what caused that command), so it is pure and cheap: it never reads.
 */
import type { StoredEvent } from '../../eventStore/types';

export interface CommandNode {
  readonly kind: 'command';
  readonly commandId: string;
  /** The events it appended, in position order; none for a refused command. */
  readonly events: readonly EventNode[];
  /** Why the store refused it, when it did. */
  readonly refusal?: { readonly code: string; readonly message: string };
}

export interface EventNode {
  readonly kind: 'event';
  readonly event: StoredEvent;
  /** The commands issued in reaction to this event, in position order. */
  readonly caused: readonly CommandNode[];
}

export type ChainNode = CommandNode | EventNode;

export interface CausationTree {
  readonly root: CommandNode;
  /** Commands of the correlation whose cause is not in it (a cause outside the events found). */
  readonly strays: readonly CommandNode[];
}

const commandOf = (event: StoredEvent): string => event.metadata.commandId ?? event.id;
const causeOf = (event: StoredEvent): string => event.metadata.causationId ?? commandOf(event);

interface MutableCommand {
  readonly kind: 'command';
  readonly commandId: string;
  readonly events: {
    readonly kind: 'event';
    readonly event: StoredEvent;
    readonly caused: MutableCommand[];
  }[];
}

/**
 * Builds the tree of `events` (the correlation's events, in position order) under the command `rootId`.
 * An event whose command appears for the first time starts a command node; that command hangs under the
 * event named as its cause, or is the root, or else is a stray. Every event appears exactly once.
 */
export function buildCausationTree(rootId: string, events: readonly StoredEvent[]): CausationTree {
  const root: MutableCommand = { kind: 'command', commandId: rootId, events: [] };
  const commands = new Map<string, MutableCommand>([[rootId, root]]);
  const eventNodes = new Map<string, MutableCommand['events'][number]>();
  const strays: MutableCommand[] = [];
  for (const event of events) {
    const commandId = commandOf(event);
    let command = commands.get(commandId);
    if (!command) {
      command = { kind: 'command', commandId, events: [] };
      commands.set(commandId, command);
      const parent = eventNodes.get(causeOf(event));
      if (parent) parent.caused.push(command);
      else strays.push(command);
    }
    const node = { kind: 'event' as const, event, caused: [] };
    command.events.push(node);
    eventNodes.set(event.id, node);
  }
  return { root, strays };
}

/** The node of a command id or an event id, searched depth first from the root and then the strays. */
export function findNode(tree: CausationTree, id: string): ChainNode | undefined {
  const search = (node: ChainNode): ChainNode | undefined => {
    if (node.kind === 'command' ? node.commandId === id : node.event.id === id) return node;
    const children: readonly ChainNode[] = node.kind === 'command' ? node.events : node.caused;
    for (const child of children) {
      const found = search(child);
      if (found) return found;
    }
    return undefined;
  };
  for (const start of [tree.root, ...tree.strays]) {
    const found = search(start);
    if (found) return found;
  }
  return undefined;
}

/** Every event under `node`, in tree order (depth first). */
export function eventsUnder(node: ChainNode): StoredEvent[] {
  if (node.kind === 'event') return [node.event, ...node.caused.flatMap(eventsUnder)];
  return node.events.flatMap(eventsUnder);
}
