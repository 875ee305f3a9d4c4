import { describeEventStoreContract, describeSegmentBoundaryContract } from './eventStoreContract';
import { createInMemoryEventStore } from './inMemoryEventStore';

describeEventStoreContract(
  'in-memory event store',
  async () => createInMemoryEventStore({ segmentSize: 8 }),
  {
    segmentSize: 8,
  },
);

describeSegmentBoundaryContract('in-memory event store', async () => createInMemoryEventStore(), {
  segmentSize: 1024,
});
