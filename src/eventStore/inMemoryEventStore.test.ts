import { describeEventStoreContract } from './eventStoreContract';
import { createInMemoryEventStore } from './inMemoryEventStore';

describeEventStoreContract('in-memory event store', async () => createInMemoryEventStore());
