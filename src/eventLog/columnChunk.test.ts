import { describe, expect, it } from 'vitest';
import { factsOf, textbookStory } from '../testing/ledgerFixtures';
import { encodeChunk, factsOfChunk, transferablesOf } from './columnChunk';

describe('ColumnChunk', () => {
  it('carries consecutive facts exactly', () => {
    const facts = factsOf(textbookStory()).slice(1);
    const chunk = encodeChunk(facts, 8);
    expect(chunk).toMatchObject({ first: 2, count: 3 });
    expect([...factsOfChunk(chunk)].length).toBe(3);
    expect(Array.from(factsOfChunk(chunk), (fact) => ({ ...fact }))).toEqual(facts);
    expect(transferablesOf(chunk)).toHaveLength(8);
  });

  it('refuses facts that do not follow each other or do not fit', () => {
    const facts = factsOf(textbookStory());
    expect(() => encodeChunk([facts[0], facts[2]] as never, 8)).toThrowError(/does not follow/);
    expect(() => encodeChunk(facts, 2)).toThrowError(RangeError);
  });
});
