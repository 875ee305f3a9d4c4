// What the drags measured, as log lines and bench rows (bench/runner/drag.mjs drives them).
import { row } from './row.mjs';

/** The data tables the drag re-renders, in the page's order. */
export const DATA_TABLES = ['Balances', 'Transactions', 'Statement', 'Daily summary', 'Event log'];

/** Mouse moves per drag: ~8,300 events apart at 1M. */
export const MOVES = 120;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const longest = (values) => Math.max(0, ...values);

/** One line per drag for the log. */
export function describe({ ms, durations, seekFrames, tasks, seeks, redraws }, frameMs) {
  const tables = DATA_TABLES.map((name) => `${name} ${redraws[name] ?? 0}`).join(', ');
  return (
    `${seeks} seeks in ${(ms / 1000).toFixed(1)} s, ${durations.length} frames, longest ${longest(durations).toFixed(1)} ms, ` +
    `${durations.filter((duration) => duration > frameMs).length} over ${frameMs} ms; seek → frame rendered: median ` +
    `${median(seekFrames).toFixed(1)} ms, longest ${longest(seekFrames).toFixed(1)} ms; ${tasks.length} long task(s); ` +
    `tables redrawn: ${tables}`
  );
}

/**
 * The tables whose rows change at every seek of a drag (8,300 events apart). The Statement's change only
 * when the month it shows does, so counting its DOM changes would not say whether it kept up.
 */
const FOLLOWING_TABLES = DATA_TABLES.filter((name) => name !== 'Statement');

/** The fewest times any of those tables was redrawn during the drags: they all kept up at least so. */
export function leastRedrawn({ spans }) {
  const counts = FOLLOWING_TABLES.map((name) =>
    spans.reduce((sum, span) => sum + (span.redraws[name] ?? 0), 0),
  );
  const fewest = Math.min(...counts);
  return row({
    name: `↳ redraws of the least redrawn table (${FOLLOWING_TABLES[counts.indexOf(fewest)]}), 2 drags`,
    value: fewest,
    unit: 'redraws',
  });
}

/** The three target rows of anything measured frame by frame: longest frame, frames over, longest task. */
export function frameRows(name, { durations, tasks }, { frameMs, longTaskMs }) {
  return [
    row({ name: `${name}: longest frame`, value: longest(durations), unit: 'ms', target: frameMs }),
    row({
      name: `${name}: frames over ${frameMs} ms`,
      value: durations.filter((duration) => duration > frameMs).length,
      unit: 'frames',
      target: 0,
    }),
    row({ name: `${name}: longest task`, value: longest(tasks), unit: 'ms', target: longTaskMs }),
  ];
}

export function dragRows({ spans }, { frameMs, longTaskMs }, name) {
  const all = (key) => spans.flatMap((span) => span[key]);
  const [durations, deltas, tasks] = [all('durations'), all('deltas'), all('tasks')];
  const seeks = spans.reduce((total, span) => total + span.seeks, 0);
  if (seeks < MOVES) throw new Error(`Only ${seeks} seeks were shown in two drags of ${MOVES} moves.`);
  return [
    ...frameRows(name, { durations, tasks }, { frameMs, longTaskMs }),
    row({ name: '↳ seeks shown (aria-valuenow changes), 2 drags', value: seeks, unit: 'seeks' }),
    row({ name: '↳ frames during the 2 drags', value: durations.length, unit: 'frames' }),
    row({
      name: '↳ seek: input event → its frame rendered, median',
      value: median(all('seekFrames')),
      unit: 'ms',
    }),
    row({ name: `↳ long tasks over ${longTaskMs} ms`, value: tasks.length, unit: 'tasks' }),
    row({
      name: `↳ rAF timestamp deltas over ${frameMs} ms (headless vsync)`,
      value: deltas.filter((delta) => delta > frameMs).length,
      unit: 'frames',
    }),
    row({ name: '↳ longest rAF timestamp delta', value: longest(deltas), unit: 'ms' }),
  ];
}
