import { describe, expect, it } from 'vitest';
import { accountDecider, decodeAccountEvent, type AccountState } from '../domain/account';
import { generateLedger } from './generateLedger';

const january = { from: Date.parse('2026-01-01T00:00:00Z'), to: Date.parse('2026-02-01T00:00:00Z') };

describe('generateLedger', () => {
  const requests = [...generateLedger({ events: 5_000, ...january, seed: 7 })];

  it('makes exactly the events asked for, one command each, in time order within the range', () => {
    expect(requests).toHaveLength(5_000);
    const times = requests.map((request) => Date.parse(request.events[0]?.metadata.recordedAt ?? ''));
    expect(
      times.every(
        (time, index) => time >= january.from && time <= january.to && time >= (times[index - 1] ?? 0),
      ),
    ).toBe(true);
  });

  it('obeys every rule: replaying the events through the decider’s evolve never goes negative or past a closing', () => {
    const states = new Map<string, { state: AccountState; version: number }>();
    for (const request of requests) {
      const current = states.get(request.streamId) ?? { state: accountDecider.initialState, version: 0 };
      expect(request.expected).toBe(current.version === 0 ? 'no_stream' : current.version);
      let state = current.state;
      for (const event of request.events) {
        const decoded = decodeAccountEvent(event.type, event.schemaVersion, event.data);
        if (decoded.type !== 'AccountCreated') expect(state.status).toBe('open');
        state = accountDecider.evolve(state, decoded);
        if (state.status === 'open') expect(state.balance).toBeGreaterThanOrEqual(0);
      }
      states.set(request.streamId, { state, version: current.version + request.events.length });
    }
    expect([...states.values()].some(({ state }) => state.status === 'closed')).toBe(true);
  });

  it('is reproducible from its seed, and starts numbering where told', () => {
    const run = (seed: number) => [...generateLedger({ events: 50, ...january, seed })];
    expect(run(7)).toEqual(run(7));
    expect(run(8)).not.toEqual(run(7));
    const later = [...generateLedger({ events: 10, ...january, firstAccountNumber: 42 })];
    expect(later[0]?.streamId).toBe('account-ACC-042');
  });

  it('gives every command and event a unique id', () => {
    const ids = requests.flatMap((request) => [
      request.commandId,
      ...request.events.map((event) => event.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
