import type { BenchModule } from '../row';
import { accountHistoryModule } from './accountHistory';
import { bulkWriteModule } from './bulkWrite';
import { coldStartModule } from './coldStart';
import { commandModule } from './command';
import { fullRebuildModule } from './fullRebuild';
import { memoryModule } from './memory';
import { projectionRebuildModule } from './projectionRebuild';
import { seekModule } from './seek';
import { seekMillionModule } from './seekMillion';

/**
 * Every measurement, in the order it runs and is reported. To add one, write a module in this folder that
 * exports a BenchModule and list it here; nothing else changes.
 *
 * The 1M modules share one database and one cold-started session (bench/fixtures/): the first module that
 * needs them sets them up. In a full run that is the bulk-write module (it times the write) and then the
 * cold-start module (it times the start), so keep them first. Seeks at 1M run before the commands, which
 * append to the log.
 */
export const benchModules: readonly BenchModule[] = [
  bulkWriteModule,
  coldStartModule,
  seekMillionModule,
  commandModule,
  fullRebuildModule,
  projectionRebuildModule,
  accountHistoryModule,
  memoryModule,
  seekModule(10_000),
  seekModule(100_000),
];
