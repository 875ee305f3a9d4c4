// Diagnostics for `npm run bench -- --profile-drag`: where a drag allocates (the V8 sampling heap profiler,
// counting objects the collector has already freed too), and which tasks ran past a frame's budget and
// what filled them (from a Chromium trace).
import { recordDuring } from './profile.mjs';

/**
 * Samples allocations (one every 8 kB on average) while `work` runs: all of them, or with `survivors` only
 * those that no young-generation collection freed (what makes those collections slow: they copy survivors).
 * @returns {Promise<object>} the profile
 */
export const allocationProfile = (devtools, work, { survivors = false } = {}) =>
  recordDuring(
    devtools,
    'HeapProfiler',
    {
      start: [
        [
          'startSampling',
          {
            samplingInterval: 8192,
            includeObjectsCollectedByMajorGC: true,
            includeObjectsCollectedByMinorGC: !survivors,
          },
        ],
      ],
      stop: 'stopSampling',
    },
    work,
  );

/**
 * A sampling heap profile as bytes allocated by function (self), largest first.
 * @param {{ head: { callFrame: { functionName: string, url: string, lineNumber: number }, selfSize: number, children: object[] } }} profile
 * @returns {string[]}
 */
export function summariseAllocations(profile, top = 20) {
  const byFunction = new Map();
  let total = 0;
  const visit = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const script = url ? (url.split('/').at(-1) ?? url) : '';
    const key = `${functionName || '(anonymous)'}${script ? `  ${script}:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) visit(child);
  };
  visit(profile.head);
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2).padStart(7)} MB`;
  return [
    `allocated (sampled): ${mb(total).trim()}; by function:`,
    ...[...byFunction]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([key, bytes]) =>
          `${mb(bytes)} ${((100 * bytes) / Math.max(1, total)).toFixed(1).padStart(5)} %  ${key}`,
      ),
  ];
}

/**
 * The renderer main thread's tasks longer than `overMs`, in order, each with the trace events that took most
 * of it (self time), and the young-generation collections: how many, and how long in all.
 * @param {{ ph: string, name: string, pid: number, tid: number, ts: number, dur?: number, args?: { name?: string } }[]} events
 * @returns {string[]}
 */
export function summariseLongTasks(events, overMs = 14) {
  const mains = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const main = events
    .filter((event) => event.ph === 'X' && mains.has(`${event.pid}:${event.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = main.filter((event) => event.name === 'ThreadControllerImpl::RunTask');
  const start = tasks[0]?.ts ?? 0;
  const lines = [];
  for (const task of tasks.filter((candidate) => (candidate.dur ?? 0) > overMs * 1000)) {
    const end = task.ts + (task.dur ?? 0);
    const inside = main.filter(
      (event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end,
    );
    const selfTime = new Map();
    const open = [];
    for (const event of inside) {
      while (open.length > 0 && open.at(-1).ts + (open.at(-1).dur ?? 0) <= event.ts) open.pop();
      const parent = open.at(-1);
      if (parent) selfTime.set(parent.name, (selfTime.get(parent.name) ?? 0) - (event.dur ?? 0));
      selfTime.set(event.name, (selfTime.get(event.name) ?? 0) + (event.dur ?? 0));
      open.push(event);
    }
    const parts = [...selfTime]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`)
      .join(' | ');
    lines.push(
      `  at ${((task.ts - start) / 1e6).toFixed(2)} s: ${((task.dur ?? 0) / 1000).toFixed(1)} ms — ${parts}`,
    );
  }
  const scavenges = main.filter((event) => event.name === 'V8.GCScavenger');
  const scavengeMs = scavenges.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000;
  return [
    `tasks over ${overMs} ms: ${lines.length}`,
    ...lines,
    `young-generation collections: ${scavenges.length}, ${scavengeMs.toFixed(1)} ms in all`,
  ];
}
