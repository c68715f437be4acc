// The pages the benchmark loads, and the two scripts it adds to them.

/**
 * Injected before any script of every page (puppeteer's evaluateOnNewDocument): collects long
 * tasks, long animation frames (with the scripts that ran in each, by file) and layout shifts
 * from the start of the page, and holds the "ready" promise.
 */
export const INSTRUMENT = `(() => {
  let resolve, reject;
  const ready = new Promise((a, b) => { resolve = a; reject = b; });
  const longTasks = [];
  const shifts = [];
  const frames = [];
  const watch = (type, map, into) => {
    try {
      new PerformanceObserver(list => { for (const e of list.getEntries()) into.push(map(e)); })
        .observe({ type, buffered: true });
    } catch {}
  };
  watch('longtask', e => ({ start: e.startTime, duration: e.duration }), longTasks);
  // a frame over 50 ms, and each script over 5 ms that ran in it: which file's code (a
  // callback, a promise's continuation, a module's evaluation) held the main thread how long
  watch('long-animation-frame', e => ({
    start: e.startTime,
    duration: e.duration,
    scripts: e.scripts.map(s => ({ url: s.sourceURL, invoker: s.invokerType, duration: s.duration })),
  }), frames);
  watch('layout-shift', e => ({ start: e.startTime, value: e.value, input: e.hadRecentInput }), shifts);
  // Event Timing (the measure behind INP): every entry of an interaction (a tap's pointerdown,
  // pointerup, click …) over 16 ms, the shortest durationThreshold allowed
  const events = [];
  try {
    new PerformanceObserver(list => {
      for (const e of list.getEntries())
        if (e.interactionId)
          events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration,
            processingStart: e.processingStart, processingEnd: e.processingEnd });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  window.__bench = { ready, resolve, reject, longTasks, frames, shifts, events };
})();`;

/**
 * The ready probe, an inline module at the end of the page. "Ready" = the library's own done
 * signal (Lit's updateComplete on every element of the page, or the promise a page sets on
 * window.__benchDone), every control counted in the DOM (shadow roots included), then one
 * animation frame. Resolves window.__bench.ready with performance.now() (navigation = 0).
 */
export function probe({ kind, tags = [], selector, min }) {
  const cfg = JSON.stringify({ kind, tags, selector, min });
  return `const cfg = ${cfg};
const deepAll = (root, out = []) => {
  out.push(...root.querySelectorAll(cfg.selector));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deepAll(el.shadowRoot, out);
  return out;
};
const frame = () => new Promise(r => requestAnimationFrame(r));
(async () => {
  if (cfg.kind === 'lit') {
    await Promise.all(cfg.tags.map(t => customElements.whenDefined(t)));
    for (const t of cfg.tags) for (const el of document.querySelectorAll(t)) await el.updateComplete;
  } else {
    while (!window.__benchDone) await frame();
    await window.__benchDone;
  }
  let n;
  for (let i = 0; (n = deepAll(document).length) < cfg.min; i++) {
    if (i > 600) throw new Error('only ' + n + ' of ' + cfg.min + ' controls (' + cfg.selector + ')');
    await frame();
  }
  await frame();
  window.__bench.resolve({ ready: performance.now(), controls: n });
})().catch(e => window.__bench.reject(new Error(String(e && e.message || e))));`;
}

const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A page like a publisher's: a heading, the widget, its script; plus the probe. */
export function page({ title, head = '', body, probe: probeScript }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(title)}</title>
    ${head}
  </head>
  <body>
    <main>
      <h1>${esc(title)}</h1>
      ${body}
    </main>
    <script type="module">
${probeScript}
    </script>
  </body>
</html>
`;
}
