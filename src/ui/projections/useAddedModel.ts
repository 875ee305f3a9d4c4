import { useStore } from 'zustand';
import type { ProjectionEntry } from '../../app/projections/projectionsView';
import type { AddedModels, AddedProjectionKey } from '../../projections/addedProjections';
import { useSession } from '../SessionContext';
import { useTableView } from '../tables/onScreen';

/**
 * A projection folded on its own, as it was right after the position the time machine shows (undefined while
 * it is unregistered or still building), with its entry in the projections panel. For a table inside an
 * `OnScreenSection`: it follows the view at the section's turns.
 */
export function useAddedModel<Key extends AddedProjectionKey>(
  key: Key,
): { readonly model: AddedModels[Key] | undefined; readonly entry: ProjectionEntry | undefined } {
  const session = useSession();
  const position = useTableView((view) => view.position);
  // Re-render whenever the shown models change (the present is folded in place) or the projection does.
  useTableView((view) => view.revision);
  const entry = useStore(session.projections.view, (view) => view.entries.find((entry) => entry.key === key));
  // Not memoised: at the present this is the live model itself, and a seek costs at most one checkpoint's
  // worth of events, on renders that a move of the time machine causes anyway.
  return { model: session.projections.modelAt(key, position), entry };
}
