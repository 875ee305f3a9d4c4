import type { SelectionProgress } from '../../eventLog/logSelection';
import { ProgressLine } from '../ProgressLine';

interface LogStatusProps {
  readonly count: number;
  readonly length: number;
  readonly filtered: boolean;
  readonly pending: boolean;
  readonly progress: SelectionProgress | null;
}

const number = (value: number) => value.toLocaleString('en-US');

/** How many events the Event log lists, or how far filtering or sorting a long log has come. */
export function LogStatus({ count, length, filtered, pending, progress }: LogStatusProps) {
  return (
    <p role="status" className="log-status">
      {progress ? (
        <ProgressLine
          label={progress.phase === 'filtering' ? 'Filtering the log' : 'Sorting the log by time'}
          progress={progress}
        />
      ) : pending ? (
        'Updating…'
      ) : filtered ? (
        `${number(count)} of ${number(length)} events match.`
      ) : (
        `${number(length)} ${length === 1 ? 'event' : 'events'}.`
      )}
    </p>
  );
}
