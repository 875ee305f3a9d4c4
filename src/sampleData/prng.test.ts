import { describe, expect, it } from 'vitest';
import { seededRandom, seededUuid } from './prng';

describe('seeded ids', () => {
  it('are version-4 shaped UUIDs, reproducible from the seed', () => {
    const ids = Array.from(
      { length: 1000 },
      (
        (random) => () =>
          seededUuid(random)
      )(seededRandom(3)),
    );
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(1000);
    const again = seededRandom(3);
    expect(seededUuid(again)).toBe(ids[0]);
  });
});
