// Diagnostics for `npm run bench -- --profile-drag` (bench/runner/drag.mjs): record a V8 CPU profile or a
// Chromium trace of some work in a page over the DevTools protocol, and summarise either in a few printable
// lines: where the main thread's time went.

/**
 * Runs `work` between `start` and `stop` of a DevTools domain (enabled before, disabled after, whatever
 * `work` does). @returns {Promise<object>} the `profile` that `stop` answers
 */
export async function recordDuring(devtools, domain, { start, stop }, work) {
  await devtools.send(`${domain}.enable`);
  for (const [method, params] of start) await devtools.send(`${domain}.${method}`, params);
  let profile;
  try {
    await work();
  } finally {
    ({ profile } = await devtools.send(`${domain}.${stop}`));
    await devtools.send(`${domain}.disable`);
  }
  return profile;
}

/** Samples every 100 µs while `work` runs. @returns {Promise<object>} the profile (Profiler.stop) */
export const cpuProfile = (devtools, work) =>
  recordDuring(
    devtools,
    'Profiler',
    { start: [['setSamplingInterval', { interval: 100 }], ['start']], stop: 'stop' },
    work,
  );

/** What DevTools' Performance panel records, which the summary below reads. */
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'latencyInfo',
];

/** Traces while `work` runs. @returns {Promise<{ traceEvents: object[] }>} */
export async function traceOf(devtools, work) {
  const complete = new Promise((resolve) => devtools.once('Tracing.tracingComplete', resolve));
  await devtools.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  try {
    await work();
  } finally {
    await devtools.send('Tracing.end');
  }
  const { stream } = await complete;
  let text = '';
  for (;;) {
    const { data, base64Encoded, eof } = await devtools.send('IO.read', { handle: stream, size: 1 << 20 });
    text += base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data;
    if (eof) break;
  }
  await devtools.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? { traceEvents: parsed } : parsed;
}

/**
 * The renderer main thread's time by trace event, as self time (an event's duration less that of the events
 * nested in it, so nothing is counted twice; events nested in a JavaScript call, such as a layout it forced,
 * are marked "in JS"): over every task, then per task that dispatched an 'input' event (one per seek).
 * @param {{ ph: string, name: string, pid: number, tid: number, ts: number, dur?: number, args?: { name?: string, data?: { type?: string } } }[]} events
 * @returns {string[]}
 */
export function summariseTrace(events, top = 14) {
  const mains = events.filter((event) => event.ph === 'M' && event.args?.name === 'CrRendererMain');
  const complete = events.filter((event) => event.ph === 'X' && typeof event.dur === 'number');
  const onThread = ({ pid, tid }) => complete.filter((event) => event.pid === pid && event.tid === tid);
  const main = mains
    .map((thread) => onThread(thread))
    .sort((a, b) => total(b) - total(a))
    .at(0);
  if (!main || main.length === 0) return ['trace: no renderer main thread found'];
  main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const inside = (span) => (event) => event.ts >= span.ts && event.ts + event.dur <= span.ts + span.dur;
  const tasks = main.filter((event) => event.name === 'ThreadControllerImpl::RunTask');
  const inputs = main.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'input');
  const seekTasks = tasks.filter((task) => inputs.some(inside(task)));
  const durations = seekTasks.map((task) => task.dur / 1000).sort((a, b) => a - b);
  const lines = [];
  const list = (self, per, sum) =>
    [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([name, us]) =>
          `  ${(us / per / 1000).toFixed(2).padStart(9)} ms ${((100 * us) / Math.max(1, sum)).toFixed(1).padStart(5)} %  ${name}`,
      );
  const all = total(tasks);
  lines.push(
    `all ${tasks.length} tasks: ${(all / 1000).toFixed(0)} ms on the main thread; self time by event:`,
  );
  lines.push(...list(selfTimes(main), 1, all));
  const seeks = total(seekTasks);
  lines.push(
    `the ${seekTasks.length} tasks that dispatched a seek: median ${(durations[durations.length >> 1] ?? 0).toFixed(1)} ms, ` +
      `longest ${(durations.at(-1) ?? 0).toFixed(1)} ms; mean self time per seek by event:`,
  );
  const perSeek = new Map();
  for (const task of seekTasks)
    for (const [name, us] of selfTimes(main.filter(inside(task))))
      perSeek.set(name, (perSeek.get(name) ?? 0) + us);
  lines.push(...list(perSeek, Math.max(1, seekTasks.length), seeks));
  return lines;
}

/** Sum of durations, in µs. */
const total = (events) => events.reduce((sum, event) => sum + event.dur, 0);

/**
 * Self time by event name for properly nested complete events sorted by start (longest first on ties).
 * Events nested in a FunctionCall (JavaScript) are named "in JS: …".
 */
function selfTimes(events) {
  const self = new Map();
  const stack = [];
  for (const event of events) {
    while (stack.length > 0 && stack.at(-1).end <= event.ts) stack.pop();
    const parent = stack.at(-1);
    const inJs = parent !== undefined && (parent.inJs || parent.name === 'FunctionCall');
    const name = inJs && event.name !== 'FunctionCall' ? `in JS: ${event.name}` : event.name;
    if (parent && event.ts + event.dur <= parent.end) self.set(parent.key, self.get(parent.key) - event.dur);
    self.set(name, (self.get(name) ?? 0) + event.dur);
    stack.push({ key: name, name: event.name, inJs, end: event.ts + event.dur });
  }
  return self;
}

/**
 * A V8 CPU profile (Profiler.stop) as self time by script and by function, idle time left out.
 * @param {{ nodes: { id: number, callFrame: { functionName: string, url: string, lineNumber: number } }[], samples?: number[], timeDeltas?: number[] }} profile
 * @param {number} [top] how many functions to list
 * @returns {string[]}
 */
export function summariseProfile(profile, top = 25) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the delta to the next sample (the last one has none worth counting).
  for (let index = 0; index < samples.length - 1; index++) {
    const id = samples[index];
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, deltas[index + 1] ?? 0));
  }
  const byFunction = new Map();
  const byScript = new Map();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    const script = frame.url ? (frame.url.split('/').at(-1) ?? frame.url) : '(native)';
    const key = frame.url
      ? `${frame.functionName || '(anonymous)'}  ${script}:${frame.lineNumber + 1}`
      : frame.functionName || '(anonymous native)';
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byScript.set(script, (byScript.get(script) ?? 0) + us);
    totalUs += us;
  }
  const busyUs = totalUs - (byFunction.get('(idle)') ?? 0);
  const percent = (us) => `${((100 * us) / Math.max(1, busyUs)).toFixed(1).padStart(5)} %`;
  const ms = (us) => `${(us / 1000).toFixed(1).padStart(8)} ms`;
  const ranked = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return [
    `profile: ${(totalUs / 1000).toFixed(0)} ms sampled, ${(busyUs / 1000).toFixed(0)} ms not idle (percentages of that)`,
    'self time by script:',
    ...ranked(byScript)
      .filter(([script]) => script !== '(native)')
      .slice(0, 8)
      .map(([script, us]) => `${ms(us)} ${percent(us)}  ${script}`),
    `top ${top} functions by self time:`,
    ...ranked(byFunction)
      .filter(([key]) => key !== '(idle)')
      .slice(0, top)
      .map(([key, us]) => `${ms(us)} ${percent(us)}  ${key}`),
  ];
}
