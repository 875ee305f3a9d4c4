import { memo, useId } from 'react';
import { ACCOUNT_EVENT_TYPES, type AccountEventType } from '../../domain/account';
import { isUnfiltered, NO_FILTER, type LogFilter } from '../../eventLog/logFilter';

interface LogFiltersProps {
  readonly filter: LogFilter;
  readonly onChange: (filter: LogFilter) => void;
  /** Stream ids to suggest in the Stream field. */
  readonly streams: readonly string[];
}

/**
 * The Event log's filters: "Event type", "Stream" (an exact id, or part of ids) and "Search the log" (text in
 * the position, stream, version, type, data or actor), and "Clear filters".
 */
export const LogFilters = memo(function LogFilters({ filter, onChange, streams }: LogFiltersProps) {
  const id = useId();
  const set = (part: Partial<LogFilter>) => onChange({ ...filter, ...part });
  return (
    <div role="search" aria-label="Event log filters" className="log-filters">
      <div className="log-filter">
        <label htmlFor={`${id}-type`}>Event type</label>
        <select
          id={`${id}-type`}
          value={filter.type ?? ''}
          onChange={(event) => set({ type: (event.target.value || null) as AccountEventType | null })}
        >
          <option value="">All types</option>
          {ACCOUNT_EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      <div className="log-filter">
        <label htmlFor={`${id}-stream`}>Stream</label>
        <input
          id={`${id}-stream`}
          type="text"
          list={`${id}-streams`}
          value={filter.stream}
          placeholder="account-ACC-001, or part of an id"
          spellCheck={false}
          onChange={(event) => set({ stream: event.target.value })}
        />
        <datalist id={`${id}-streams`}>
          {streams.map((stream) => (
            <option key={stream} value={stream} />
          ))}
        </datalist>
      </div>
      <div className="log-filter log-search">
        <label htmlFor={`${id}-text`}>Search the log</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filter.text}
          placeholder="An amount, an owner, an actor, a type…"
          spellCheck={false}
          onChange={(event) => set({ text: event.target.value })}
        />
      </div>
      <button type="button" disabled={isUnfiltered(filter)} onClick={() => onChange(NO_FILTER)}>
        Clear filters
      </button>
    </div>
  );
});
