import {
  addedProjections,
  REGISTERED_AT_START,
  type AddedProjectionKey,
} from '../../projections/addedProjections';
import { ledgerProjections } from '../../projections/ledgerProjections';
import type { ProjectionEntry } from './projectionsView';

const blank = { checkpoint: 0, progress: null, lastRebuildMilliseconds: null, message: null } as const;

/** The entries of the projections panel as the app starts: every projection it knows, registered or not. */
export function projectionEntries(registeredLater: ReadonlySet<string>): ProjectionEntry[] {
  const onTimeline = Object.entries(ledgerProjections).map(([key, projection]): ProjectionEntry => ({
    ...blank,
    key,
    name: projection.name,
    folded: 'with the timeline',
    registered: 'at start',
    status: 'live',
  }));
  const onTheirOwn = Object.entries(addedProjections).map(([key, projection]): ProjectionEntry => {
    const registered = REGISTERED_AT_START.includes(key as AddedProjectionKey)
      ? 'at start'
      : registeredLater.has(key)
        ? 'later'
        : 'no';
    return {
      ...blank,
      key,
      name: projection.name,
      folded: 'on its own',
      registered,
      status: registered === 'no' ? 'not registered' : 'live',
    };
  });
  return [...onTimeline, ...onTheirOwn];
}

/** The entries with some of them changed: `patches` by key. */
export const withEntries = (
  entries: readonly ProjectionEntry[],
  patches: ReadonlyMap<string, Partial<ProjectionEntry>>,
): ProjectionEntry[] =>
  entries.map((entry) => {
    const patch = patches.get(entry.key);
    return patch ? { ...entry, ...patch } : entry;
  });
