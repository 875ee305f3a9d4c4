import type { BenchModule } from '../row';
import { ATTENTION_MS, FLOW_MS } from '../targets';
import { seekModule } from './seek';
import { storeAppendModule } from './storeAppend';
import { timelineBuildModule } from './timelineBuild';

/**
 * Every measurement, in the order it runs and is reported. To add one, write a module in this folder that
 * exports a BenchModule and list it here; nothing else changes.
 */
export const benchModules: readonly BenchModule[] = [
  seekModule(10_000),
  seekModule(100_000),
  timelineBuildModule(10_000, FLOW_MS),
  timelineBuildModule(100_000, ATTENTION_MS),
  storeAppendModule,
];
