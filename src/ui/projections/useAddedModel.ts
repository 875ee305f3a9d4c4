import { useMemo } from 'react';
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
  const revision = useTableView((view) => view.revision);
  const entry = useStore(session.projections.view, (view) => view.entries.find((entry) => entry.key === key));
  // Sought again when the shown models change (the present is folded in place: the revision says when) or
  // the projection's status does (registered, built, rebuilt, caught up); not on renders of the table's own
  // (a page turned, a choice made), nor at each slice of a build, since a seek to the past copies a
  // checkpoint and folds up to one checkpoint's worth of events.
  const status = entry?.status;
  const model = useMemo(
    () => session.projections.modelAt(key, position),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, key, position, revision, status],
  );
  return { model, entry };
}
