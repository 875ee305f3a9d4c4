/** Which projections someone registered "later", remembered across visits. */
export interface Registrations {
  load(): readonly string[];
  save(keys: readonly string[]): void;
}

export function inMemoryRegistrations(initial: readonly string[] = []): Registrations {
  let keys = [...initial];
  return { load: () => keys, save: (next) => void (keys = [...next]) };
}

/** Kept in the browser's storage; anything unreadable there counts as nothing registered. */
export function storedRegistrations(
  storage: Storage,
  item = 'chronoledger.registeredProjections',
): Registrations {
  return {
    load() {
      try {
        const keys: unknown = JSON.parse(storage.getItem(item) ?? '[]');
        return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [];
      } catch {
        return [];
      }
    },
    save: (keys) => {
      try {
        storage.setItem(item, JSON.stringify(keys));
      } catch {
        // Storage full or blocked: the registration lasts for this visit only.
      }
    },
  };
}
