/**
 * The behaviour every EventStore implementation must show. An implementation's test file calls
 * `describeEventStoreContract` with a factory that returns a fresh, empty store on every call; the contract
 * closes each store it creates, and the caller disposes of any backing storage (databases) afterwards.
 * `segmentSize` is the size the factory's stores seal segments at (or report batch progress at): the cases
 * that cross segment boundaries are sized by it, so a small size keeps them fast.
 */
import { afterEach, beforeEach, describe } from 'vitest';
import { describeAppendCases } from './contract/appendCases';
import { describeBatchCases } from './contract/batchCases';
import { describeCommandCases } from './contract/commandCases';
import { describeExpectedVersionCases } from './contract/expectedVersionCases';
import { describeModelProperty } from './contract/modelProperty';
import { describeReadCases } from './contract/readCases';
import { describeReadModelCases } from './contract/readModelCases';
import { describeReplaceCases } from './contract/replaceCases';
import { describeReplaceNoticeCases } from './contract/replaceNoticeCases';
import { describeSealingCases } from './contract/sealingCases';
import { describeSubscriptionCases } from './contract/subscriptionCases';
import type { EventStore } from './EventStore';

export interface ContractOptions {
  readonly segmentSize: number;
}

export function describeEventStoreContract(
  name: string,
  create: () => Promise<EventStore>,
  { segmentSize }: ContractOptions,
): void {
  describe(`${name} honours the EventStore contract`, () => {
    const store = freshStoreForEachTest(create);
    describeExpectedVersionCases(store);
    describeAppendCases(store);
    describeBatchCases(store, segmentSize);
    describeCommandCases(store);
    describeReadCases(store);
    describeReadModelCases(store);
    describeReplaceCases(store, segmentSize);
    describeReplaceNoticeCases(store);
    describeSealingCases(store, segmentSize);
    describeSubscriptionCases(store);
    describeModelProperty(create);
  });
}

/** Only the segment-boundary cases, e.g. for stores at their default (slower to cross) segment size. */
export function describeSegmentBoundaryContract(
  name: string,
  create: () => Promise<EventStore>,
  { segmentSize }: ContractOptions,
): void {
  describe(`${name} keeps reads exact across segments`, () => {
    describeSealingCases(freshStoreForEachTest(create), segmentSize);
  });
}

/** Registers hooks that give each test of the enclosing describe a fresh store, closed afterwards. */
function freshStoreForEachTest(create: () => Promise<EventStore>): () => EventStore {
  let current: EventStore | undefined;
  beforeEach(async () => {
    current = await create();
  });
  afterEach(() => {
    current?.close();
    current = undefined;
  });
  return () => {
    if (current === undefined) throw new Error('The store is created in beforeEach.');
    return current;
  };
}
