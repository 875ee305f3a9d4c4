// Turns the page's rows into the console table, bench/results.json and the figures in docs/BENCHMARKS.md.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

export const DOCS_START = '<!-- bench:start -->';
export const DOCS_END = '<!-- bench:end -->';

/** @typedef {{ name: string, value: number, unit: string, target: number | null, baseline: number | null, ratio: number | null, ratioTarget: number | null, met: boolean | null, better: 'lower' | 'higher' }} Row */
/** @typedef {{ date: string, browser: string, cpus: number, cpuModel: string, node: string, platform: string, crossOriginIsolated: boolean, gcBetweenRuns: boolean, checkpointEvery: number, loadAverage?: { before: number, after: number }, rows: Row[] }} BenchRecord */

const HEADERS = ['Benchmark', 'Value', 'Target', 'Baseline', 'Ratio', 'Met'];

/** @param {Row} row */
function cells(row) {
  const amount = (value) => `${value} ${row.unit}`;
  const at = row.better === 'higher' ? '≥' : '≤';
  const ratio = row.ratio === null ? '–' : `${row.ratio}×`;
  return [
    row.name,
    amount(row.value),
    row.target === null ? '–' : `${at} ${amount(row.target)}`,
    row.baseline === null ? '–' : amount(row.baseline),
    row.ratioTarget === null ? ratio : `${ratio} (≥ ${row.ratioTarget}×)`,
    row.met === null ? '–' : row.met ? 'yes' : `NO${missedPart(row)}`,
  ];
}

/** For a row with two targets, which one it missed. @param {Row} row */
function missedPart(row) {
  if (row.ratioTarget === null || row.target === null) return '';
  const valueMet = row.better === 'higher' ? row.value >= row.target : row.value <= row.target;
  const ratioMet = row.ratio !== null && row.ratio >= row.ratioTarget;
  return valueMet ? ' (ratio)' : ratioMet ? ' (value)' : ' (both)';
}

/** A plain-text table for the terminal. @param {Row[]} rows */
export function consoleTable(rows) {
  const table = [HEADERS, ...rows.map(cells)];
  const widths = HEADERS.map((_, column) => Math.max(...table.map((line) => line[column].length)));
  const numeric = (column) => column > 0 && column < 5;
  const format = (line) =>
    line.map((cell, column) =>
      numeric(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
    );
  return table.map((line) => format(line).join('  ').trimEnd()).join('\n');
}

/** The section of docs/BENCHMARKS.md between the markers. @param {BenchRecord} record */
export function docsSection(record) {
  const lines = [
    `Last run ${record.date} on ${record.cpus} × ${record.cpuModel} (${record.platform}), Chromium ${record.browser}, Node ${record.node}.`,
    `Timer ${record.crossOriginIsolated ? '5 µs (cross-origin isolated)' : '100 µs (NOT cross-origin isolated)'}; heap ${record.gcBetweenRuns ? 'collected' : 'NOT collected'} between measurements; timelines checkpoint every ${record.checkpointEvery} events.`,
    ...(record.loadAverage
      ? [
          `Load average (1 min) ${record.loadAverage.before} before the run, ${record.loadAverage.after} after it, on ${record.cpus} CPUs.`,
        ]
      : []),
    '',
    `| ${HEADERS.join(' | ')} |`,
    `| ${HEADERS.map((_, column) => (column > 0 && column < 5 ? '---:' : '---')).join(' | ')} |`,
    ...record.rows.map((row) => `| ${cells(row).join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** Writes via a temporary file, so that an interrupted run never leaves half a JSON file. */
export function writeJson(path, value) {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temporary, path);
}

/**
 * Replaces the text between the marker lines of `path` (each alone on its line, exactly once, start before
 * end; a marker quoted inside prose does not count) with `section`, formatted by the repository's Prettier
 * settings so that `npm run lint` stays green. Returns false, changing nothing, when the markers are not so.
 */
export async function updateDocs(path, section) {
  if (!existsSync(path)) return false;
  const lines = readFileSync(path, 'utf8').split('\n');
  const lineOf = (marker) => lines.flatMap((line, index) => (line.trim() === marker ? [index] : []));
  const [starts, ends] = [lineOf(DOCS_START), lineOf(DOCS_END)];
  if (starts.length !== 1 || ends.length !== 1 || ends[0] < starts[0]) return false;
  const updated = [...lines.slice(0, starts[0] + 1), '', section, '', ...lines.slice(ends[0])].join('\n');
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(updated, { ...options, filepath: path }));
  return true;
}
