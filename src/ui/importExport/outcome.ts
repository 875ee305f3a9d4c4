/**
 * The last message of an import or export, kept outside React state: a successful import restarts the
 * session, which unmounts the toolbar while the new log loads, and the message must still be there after.
 * It is watched, not read once: the restart may come first (the store's notice of the replace can overtake
 * the import's own answer), and the message must reach the toolbar mounted since.
 */
export interface Outcome {
  /** `refused` and `failed` are alerts; `done` and `note` are polite statuses. */
  readonly kind: 'done' | 'note' | 'refused' | 'failed';
  readonly message: string;
}

let remembered: Outcome | null = null;
const watchers = new Set<() => void>();

export function rememberedOutcome(): Outcome | null {
  return remembered;
}

export function rememberOutcome(outcome: Outcome | null): void {
  remembered = outcome;
  for (const watcher of [...watchers]) watcher();
}

/** Calls `watcher` whenever another outcome is remembered (for useSyncExternalStore). Returns the unwatch. */
export function watchOutcome(watcher: () => void): () => void {
  watchers.add(watcher);
  return () => void watchers.delete(watcher);
}

/**
 * An error as the outcome shown to people. An import that did not complete changed nothing (the log is
 * replaced in one transaction); an export never changes the ledger.
 */
export function outcomeOfError(error: unknown, kind: 'import' | 'export'): Outcome {
  const what = kind === 'import' ? 'Import' : 'Export';
  const after = kind === 'import' ? 'The ledger is unchanged.' : 'No file was saved.';
  if (error instanceof DOMException && error.name === 'AbortError')
    return { kind: 'note', message: `${what} cancelled. ${after}` };
  if (error instanceof Error && error.name === 'ImportRefused')
    return {
      kind: 'refused',
      message: `Import refused. ${error.message} ${after} Fix the file and choose it again.`,
    };
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', message: `${what} failed: ${detail} ${after} Try again, or reload the page.` };
}
