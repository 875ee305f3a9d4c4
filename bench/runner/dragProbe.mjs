// What bench/runner/drag.mjs installs in the app's page (Playwright serialises the function, so it must not
// refer to anything outside itself). It records, from then on:
//  - every frame: its vsync time (the timestamp requestAnimationFrame passes) and when the main thread was
//    done rendering it (a MessageChannel message posted from the rAF callback runs once the frame's task,
//    style, layout, paint and commit included, is over). A frame's duration is the difference: how long after
//    its vsync the frame was ready, i.e. what a display would wait for;
//  - every long task (PerformanceObserver 'longtask', not buffered: only tasks from now on);
//  - every change of the slider's aria-valuenow (a seek the view rendered);
//  - for every 'input' event on the page (one per seek), from the start of its dispatch until its frame was
//    rendered;
//  - every time a data table's rows changed (a MutationObserver per table, by its name): the tables draw a
//    frame or two after the slider, so this says whether they kept up during a drag.
// `window.__dragProbe.collect(spans)` then sums it all up per span of performance.now() time (one per drag).

/** @param {HTMLInputElement} slider */
export function installDragProbe(slider) {
  const frames = [];
  const rendered = [];
  const tasks = [];
  const seeks = [];
  const inputs = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = ({ data: [kind, index] }) => {
    if (kind === 'frame') rendered[index] = performance.now();
    else inputs[index].rendered = performance.now();
  };
  const loop = (time) => {
    channel.port2.postMessage(['frame', frames.push(time) - 1]);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: false });
  new MutationObserver((records) => {
    const time = performance.now();
    for (const record of records)
      if (record.oldValue !== slider.getAttribute('aria-valuenow')) seeks.push(time);
  }).observe(slider, { attributes: true, attributeFilter: ['aria-valuenow'], attributeOldValue: true });
  // Capture on window: before the app's own listeners (React's, on its root) see the event.
  addEventListener(
    'input',
    () => {
      const index = inputs.push({ start: performance.now(), rendered: NaN }) - 1;
      requestAnimationFrame(() => channel.port2.postMessage(['input', index]));
    },
    true,
  );

  /** The page's tables and grids, by their accessible name (caption or aria-labelledby). */
  const tables = () =>
    [...document.querySelectorAll('table, [role="table"], [role="grid"]')].map((table) => {
      const labelledBy = table.getAttribute('aria-labelledby');
      const label = labelledBy ? document.getElementById(labelledBy) : table.querySelector('caption');
      return { table, name: label?.textContent?.trim() ?? '(no name)' };
    });
  /** The names of the tables at least partly inside the viewport. */
  const namesOnScreen = () =>
    tables()
      .filter(({ table }) => {
        const box = table.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight && box.height > 0;
      })
      .map(({ name }) => name);

  const redraws = new Map();
  for (const { table, name } of tables()) {
    const times = [];
    redraws.set(name, times);
    new MutationObserver(() => times.push(performance.now())).observe(table, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  }

  const within = (start, end) => (time) => time > start && time <= end;
  const collect = (spans) => {
    const perSpan = spans.map(({ start, end }) => {
      const inSpan = within(start, end);
      const durations = [];
      const deltas = [];
      for (let index = 1; index < frames.length; index++) {
        if (!inSpan(frames[index]) || rendered[index] === undefined) continue;
        durations.push(rendered[index] - frames[index]);
        deltas.push(frames[index] - frames[index - 1]);
      }
      const longTasks = tasks.filter((task) => inSpan(task.start));
      return {
        ms: end - start,
        durations,
        deltas,
        seekFrames: inputs
          .filter((input) => inSpan(input.start) && input.rendered > 0)
          .map((input) => input.rendered - input.start),
        tasks: longTasks.map((task) => task.duration),
        seeks: seeks.filter(inSpan).length,
        redraws: Object.fromEntries([...redraws].map(([name, times]) => [name, times.filter(inSpan).length])),
      };
    });
    return { spans: perSpan, scrollY: Math.round(scrollY) };
  };
  window.__dragProbe = { collect, namesOnScreen };
}

/** One frame of the page: resolves after its next requestAnimationFrame callback. */
export const nextFrame = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
