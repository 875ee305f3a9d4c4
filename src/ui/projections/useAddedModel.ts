import { useStore } from 'zustand';
import type { ProjectionEntry } from '../../app/projections/projectionsView';
import type { AddedModels, AddedProjectionKey } from '../../projections/addedProjections';
import { useSession, useView } from '../SessionContext';

/**
 * A projection folded on its own, as it was right after the position the time machine shows (undefined while
 * it is unregistered or still building), with its entry in the projections panel.
 */
export function useAddedModel<Key extends AddedProjectionKey>(
  key: Key,
): { readonly model: AddedModels[Key] | undefined; readonly entry: ProjectionEntry | undefined } {
  const session = useSession();
  const position = useView((view) => view.position);
  // Re-render whenever the shown models change (the present is folded in place) or the projection does.
  useView((view) => view.revision);
  const entry = useStore(session.projections.view, (view) => view.entries.find((entry) => entry.key === key));
  // Not memoised: at the present this is the live model itself, and a seek costs at most one checkpoint's
  // worth of events, on renders that a move of the time machine causes anyway.
  return { model: session.projections.modelAt(key, position), entry };
}
