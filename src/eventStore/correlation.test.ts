import { describe, expect, it } from 'vitest';
import { correlationOf } from './correlation';
import type { EventMetadata } from './types';

const recordedAt = '2026-05-01T12:00:00.000Z';
const eventWith = (metadata: EventMetadata) => ({ id: 'event-7', metadata });

describe('correlationOf', () => {
  it('is the recorded correlation when there is one, whatever command appended the event', () => {
    const metadata = {
      recordedAt,
      commandId: 'command-2',
      correlationId: 'command-1',
      causationId: 'event-3',
    };
    expect(correlationOf(eventWith(metadata))).toBe('command-1');
  });

  it('falls back to the command that appended the event when no correlation is recorded', () => {
    expect(correlationOf(eventWith({ recordedAt, commandId: 'command-2', causationId: 'event-3' }))).toBe(
      'command-2',
    );
  });

  it('is the event itself when neither a correlation nor a command is recorded', () => {
    expect(correlationOf(eventWith({ recordedAt, causationId: 'event-3' }))).toBe('event-7');
  });

  it('ignores the causation: a follow-up stays in its correlation whatever caused it', () => {
    const first = { recordedAt, commandId: 'c', correlationId: 'root', causationId: 'event-1' };
    expect(correlationOf(eventWith(first))).toBe(correlationOf(eventWith({ ...first, causationId: 'x' })));
  });
});
