/**
 * The behaviour every EventStore implementation must show. An implementation's test file calls
 * `describeEventStoreContract` with a factory that returns a fresh, empty store on every call; the contract
 * closes each store it creates, and the caller disposes of any backing storage (databases) afterwards.
 */
import { afterEach, beforeEach, describe } from 'vitest';
import { describeAppendCases } from './contract/appendCases';
import { describeCommandCases } from './contract/commandCases';
import { describeExpectedVersionCases } from './contract/expectedVersionCases';
import { describeModelProperty } from './contract/modelProperty';
import { describeReadCases } from './contract/readCases';
import { describeSubscriptionCases } from './contract/subscriptionCases';
import type { EventStore } from './EventStore';

export function describeEventStoreContract(name: string, create: () => Promise<EventStore>): void {
  describe(`${name} honours the EventStore contract`, () => {
    let current: EventStore | undefined;
    const store = (): EventStore => {
      if (current === undefined) throw new Error('The store is created in beforeEach.');
      return current;
    };

    beforeEach(async () => {
      current = await create();
    });

    afterEach(() => {
      current?.close();
      current = undefined;
    });

    describeExpectedVersionCases(store);
    describeAppendCases(store);
    describeCommandCases(store);
    describeReadCases(store);
    describeSubscriptionCases(store);
    describeModelProperty(create);
  });
}
