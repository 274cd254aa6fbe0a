// Slider → next paint in Chromium, as a reader feels it (issue 11). A benchmark that prints figures, not a test.
//   npm run build && npm run bench:islands                     # serves dist/ with `astro preview` on port 4420
//   npm run bench:islands -- --cpu-throttle 4                  # the same with the main thread 4× slower
//   npm run bench:islands -- --url http://127.0.0.1:4321/      # a server already running
//   npm run bench:islands -- --help                            # every flag
// Each move is a trusted key press (page.keyboard, ArrowRight/ArrowLeft alternating) on the island's slider at
// depth 100. In the page, a capture listener on the figure takes the trusted keydown's timeStamp (the `input`
// event it fires follows in the same task); a MutationObserver on the chart's container sees the first change
// of the SVG after it (for remedies: its first preview); then requestAnimationFrame → a MessageChannel task →
// performance.now(), which runs after the frame holding the change was painted. Event Timing entries of the same
// key presses are kept for a cross-check. A move ends when its paint is measured, the chart has been still for
// QUIET_MS, MIN_MOVE_MS have passed since the key and the island shows no work in progress (the product band, the
// remedies full result); then IDLE_MS pass: latency per move, not throughput. --verbose prints each move's parts.
// The train island: press "train", count main-thread tasks over 50 ms (Long Tasks API) for 10 s.
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';

const MOVES = 30;
const QUIET_MS = 600;
/** A move lasts at least this long from its key press (the product band waits 120 ms, then runs in a worker). */
const MIN_MOVE_MS = 1200;
const IDLE_MS = 150;
const TRAIN_MS = 10_000;
const LONG_TASK_MS = 50;
const DEPTH = 100;

interface Island {
  id: string; page: string; query: string; what: string;
  /** The control moved: found inside figure#id. */
  control: (fig: Locator) => Locator;
  /** ms at full speed and at 4×, or null (a reference row). */
  budget: [number, number] | null;
}

const sigmaW = (fig: Locator) => fig.locator('label').filter({ hasText: /^\s*σ_w/ }).locator('input[type=range]');
const depth = (fig: Locator) => fig.locator('label.depth input[type=range]');

const ISLANDS: Island[] = [
  { id: 'product', page: 'en/problem/', query: `product.depth=${DEPTH}`, what: 'σ_w', control: sigmaW, budget: [16.7, 50] },
  { id: 'exploding', page: 'en/final-note/', query: `exploding.depth=${DEPTH}`, what: 'σ_w', control: sigmaW, budget: [16.7, 50] },
  { id: 'components', page: 'en/problem/', query: `components.depth=${DEPTH}`, what: 'depth', control: depth, budget: [16.7, 50] },
  { id: 'remedies', page: 'en/solutions/', query: `remedies.depth=${DEPTH}`, what: 'depth', control: depth, budget: [33, 100] },
  { id: 'activations', page: 'en/problem/', query: '', what: 'function menu', control: (fig) => fig.locator('select'), budget: null },
];
const TRAIN = { id: 'train', page: 'en/solutions/' };
const ALL_IDS = [...ISLANDS.map((i) => i.id), TRAIN.id];

const USAGE = `Usage: npm run bench:islands -- [flags]
  Slider → next paint (trusted key presses, ${MOVES} moves, p90) at depth ${DEPTH}, and long tasks while training.
  --cpu-throttle N   slow the page's main thread N× (CDP Emulation.setCPUThrottlingRate); default 1
  --runs K           repeat the whole set K times, print each island's middle run (by p90); default 1
  --islands a,b      only these (${ALL_IDS.join(', ')})
  --url URL          measure a server already running (default: start \`astro preview\`; env BENCH_URL too)
  --dist DIR         the folder \`astro preview\` serves; default dist (build it first, this builds nothing)
  --port P           the preview server's port; default 4420
  --mobile           360×740 viewport, deviceScaleFactor 2, touch (default 1280×900)
  --verbose          each move on stderr: keydown→input→chart change→paint, later redraws, stray redraws
  --help             this text`;

interface Options { throttle: number; runs: number; ids: string[]; url: string; dist: string; port: number; mobile: boolean; verbose: boolean }

class UsageError extends Error {}

function parseOptions(argv: string[]): Options | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv, strict: true, allowPositionals: false,
      options: {
        'cpu-throttle': { type: 'string' }, runs: { type: 'string' }, islands: { type: 'string' },
        url: { type: 'string' }, dist: { type: 'string' }, port: { type: 'string' },
        mobile: { type: 'boolean' }, verbose: { type: 'boolean' }, help: { type: 'boolean' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  if (values.help) return null;
  const num = (flag: string, raw: string | undefined, fallback: number, integer: boolean, max = Infinity): number => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n < 1 || n > max || (integer && !Number.isInteger(n))) {
      throw new UsageError(`--${flag} wants ${integer ? 'a whole number' : 'a number'} ≥ 1${max < Infinity ? ` and ≤ ${max}` : ''}, got "${raw}"`);
    }
    return n;
  };
  const ids = values.islands === undefined ? ALL_IDS : values.islands.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((i) => !ALL_IDS.includes(i));
  if (unknown.length > 0 || ids.length === 0) {
    throw new UsageError(`--islands: unknown island "${unknown.join(',')}" (known: ${ALL_IDS.join(', ')})`);
  }
  const url = values.url ?? process.env.BENCH_URL ?? '';
  if (url) {
    try { new URL(url); } catch { throw new UsageError(`--url: not a URL: "${url}"`); }
    if (values.dist !== undefined) throw new UsageError('--url and --dist exclude each other (--dist is served by a preview this script starts)');
  }
  return {
    throttle: num('cpu-throttle', values['cpu-throttle'], 1, false, 20),
    runs: num('runs', values.runs, 1, true),
    ids, url, dist: values.dist ?? 'dist',
    port: num('port', values.port, 4420, true, 65535),
    mobile: values.mobile ?? false,
    verbose: values.verbose ?? false,
  };
}

// ---- in the page --------------------------------------------------------------------------------------------

/** One move as the page saw it (performance.now() time base). */
interface MoveRecord {
  key: number; input: number; change: number; paint: number; mutations: number; changed: boolean; to: string;
  /** times of the chart's mutation batches while armed; stray: batches seen while not armed (before this move) */
  batches: number[]; stray: number;
}
interface EventEntry { name: string; start: number; duration: number; interactionId: number }
interface Probe {
  arm(): void; done: Promise<void>; settle(quietMs: number, minMs: number, capMs: number): Promise<MoveRecord>; events: EventEntry[];
}
type ProbeWindow = Window & { __bench?: Probe };

/** Installs window.__bench on the figure `control` belongs to. Self-contained: it runs in the page. */
function installProbe(control: HTMLElement | SVGElement, timeoutMs: number): void {
  const w = window as ProbeWindow;
  const el = control as HTMLInputElement | HTMLSelectElement;
  const fig = el.closest('figure')!;
  const live = fig.querySelector('.kit-chart .live')!;
  let armed = false;
  let resolve = () => {};
  let before = '';
  let lastMutation = 0;
  let stray = 0;
  const fresh = (): MoveRecord => ({ key: NaN, input: NaN, change: NaN, paint: NaN, mutations: 0, changed: false, to: '', batches: [], stray });
  let rec = fresh();
  const events: EventEntry[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      events.push({ name: e.name, start: e.startTime, duration: e.duration, interactionId: e.interactionId ?? 0 });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  fig.addEventListener('keydown', (e) => { if (armed && e.isTrusted && Number.isNaN(rec.key)) rec.key = e.timeStamp; }, true);
  fig.addEventListener('input', (e) => {
    if (armed && e.isTrusted && e.target === el && Number.isNaN(rec.input)) rec.input = e.timeStamp;
  }, true);
  new MutationObserver((records) => {
    lastMutation = performance.now();
    if (!armed) { stray++; return; }
    if (Number.isNaN(rec.input)) { rec.stray++; return; }
    rec.mutations += records.length;
    rec.batches.push(lastMutation);
    if (!Number.isNaN(rec.change)) return;
    rec.change = performance.now();
    const r = rec;
    // The change is in the DOM; the next animation frame renders it; a task queued from that frame's rAF
    // callback runs after the frame was painted.
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { r.paint = performance.now(); ch.port1.close(); resolve(); };
      ch.port2.postMessage(0);
    });
  }).observe(live, { childList: true, subtree: true, attributes: true, characterData: true });
  const probe: Probe = {
    events,
    done: Promise.resolve(),
    arm() {
      before = live.innerHTML;
      rec = fresh();
      stray = 0;
      probe.done = new Promise<void>((res) => { resolve = res; setTimeout(res, timeoutMs); });
      armed = true;
    },
    settle(quietMs, minMs, capMs) {
      const t0 = performance.now();
      const since = Number.isNaN(rec.key) ? t0 : rec.key;
      return new Promise<MoveRecord>((res) => {
        const tick = () => {
          const now = performance.now();
          // busy: remedies sets aria-busy; product's status line reads "computing the band…" while its worker runs
          const busy = fig.querySelector('[aria-busy="true"]') !== null
            || [...fig.querySelectorAll('[role=status]')].some((s) => s.textContent?.trim().endsWith('…'));
          if ((now - lastMutation >= quietMs && now - since >= minMs && !busy) || now - t0 > capMs) {
            armed = false;
            rec.changed = live.innerHTML !== before;
            rec.to = el.value;
            res(rec);
          } else setTimeout(tick, 50);
        };
        setTimeout(tick, quietMs);
      });
    },
  };
  w.__bench = probe;
}

// ---- in Node ------------------------------------------------------------------------------------------------

interface Row {
  id: string; moves: number; median: number; p90: number; max: number; et90: number | null;
  budget: number | null; note: string;
}

/** Nearest-rank quantile. */
function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function openIsland(browser: Browser, ctx: BrowserContextOptions, url: string, id: string, throttle: number): Promise<Page> {
  const page = await browser.newPage(ctx);
  // tsx compiles with keepNames: functions sent to the page call __name, which the page lacks.
  await page.addInitScript('globalThis.__name ??= (f) => f;');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const island = page.locator(`astro-island:has(figure#${id})`).first();
  await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
  await page.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('ssr'), `astro-island:has(figure#${id})`, { timeout: 30_000 * throttle });
  await page.locator(`figure#${id} .kit-chart .live svg`).first().waitFor({ timeout: 30_000 * throttle });
  return page;
}

async function measureSlider(browser: Browser, ctx: BrowserContextOptions, base: string, island: Island, throttle: number, verbose: boolean): Promise<Row> {
  const budget = island.budget ? (throttle === 1 ? island.budget[0] : throttle === 4 ? island.budget[1] : null) : null;
  const row: Row = { id: island.id, moves: 0, median: NaN, p90: NaN, max: NaN, et90: null, budget, note: '' };
  const page = await openIsland(browser, ctx, `${base}${island.page}${island.query ? `?${island.query}` : ''}#${island.id}`, island.id, throttle);
  try {
    const control = island.control(page.locator(`figure#${island.id}`));
    if ((await control.count()) !== 1) return { ...row, note: `found ${await control.count()} ${island.what} controls, want 1` };
    for (let i = 0; !(await control.isEnabled()); i++) {
      if (i > 100) return { ...row, note: `${island.what} control stays disabled` };
      await sleep(100);
    }
    const start = await control.evaluate((el: HTMLInputElement | HTMLSelectElement) => el instanceof HTMLSelectElement
      ? { value: el.value, up: el.selectedIndex < el.options.length - 1, min: '', max: '' }
      : { value: el.value, up: Number(el.value) + Number(el.step || 1) <= Number(el.max), min: el.min, max: el.max });
    const timeoutMs = 10_000 * throttle;
    await control.evaluate(installProbe, timeoutMs);
    // Focus without scrolling, then put the chart in the middle of the viewport: the reader watches the chart.
    await control.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    await page.locator(`figure#${island.id} .kit-chart`).first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await sleep(1000);
    const [fwd, back] = start.up ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
    const keys = island.what === 'function menu' ? (start.up ? ['ArrowDown', 'ArrowUp'] : ['ArrowUp', 'ArrowDown']) : [fwd, back];
    const moves: MoveRecord[] = [];
    for (let k = 0; k < MOVES; k++) {
      await page.evaluate(() => (window as ProbeWindow).__bench!.arm());
      await page.keyboard.press(keys[k % 2]);
      await page.evaluate(() => (window as ProbeWindow).__bench!.done);
      moves.push(await page.evaluate(([q, min, cap]) => (window as ProbeWindow).__bench!.settle(q, min, cap), [QUIET_MS, MIN_MOVE_MS, timeoutMs]));
      await sleep(IDLE_MS);
    }
    const events = await page.evaluate(() => (window as ProbeWindow).__bench!.events);
    const lat: number[] = [];
    const et: number[] = [];
    let lost = 0;
    for (let k = 0; k < moves.length; k++) {
      const m = moves[k];
      const t0 = Number.isNaN(m.key) ? m.input : m.key;
      if (Number.isNaN(t0) || Number.isNaN(m.paint)) { lost++; continue; }
      lat.push(m.paint - t0);
      if (verbose) {
        const d = (a: number, b: number) => (b - a).toFixed(1);
        console.error(`${island.id} #${k + 1}: key→input ${d(m.key, m.input)}, input→change ${d(m.input, m.change)}, `
          + `change→paint ${d(m.change, m.paint)}, total ${d(t0, m.paint)} ms; redraws at +[${m.batches.map((b) => Math.round(b - t0)).join(', ')}] ms; stray before: ${m.stray}`);
      }
      const until = k + 1 < moves.length ? (Number.isNaN(moves[k + 1].key) ? moves[k + 1].input : moves[k + 1].key) : Infinity;
      const mine = events.filter((e) => e.start >= t0 - 1 && e.start < (Number.isNaN(until) ? Infinity : until)
        && (e.interactionId > 0 || e.name === 'input'));
      et.push(Math.max(0, ...mine.map((e) => e.duration)));   // 0: every entry under the 16 ms threshold
    }
    const changed = moves.filter((m) => m.changed).length;
    const muts = quantile(moves.map((m) => m.mutations), 0.5);
    const span = island.what === 'function menu' ? `${start.value} ↔ ${moves[0]?.to}` : `${island.what} ${start.value} ↔ ${moves[0]?.to}`;
    const notes = [`${span}`, `chart changed ${changed}/${moves.length}, ${muts} mutation records/move`];
    if (island.id === 'components' && start.max && Number(start.max) < DEPTH) notes.push(`the depth slider caps at ${start.max}: measured there, not at ${DEPTH}`);
    if (island.id === 'remedies') notes.push('to its first preview');
    const late = moves.slice(1).filter((m) => m.stray > 0).length;
    if (late > 0) notes.push(`${late} moves began after a late redraw of the previous one`);
    if (lost > 0) notes.push(`${lost} moves without a paint in ${timeoutMs} ms`);
    const et90 = quantile(et, 0.9);
    return {
      ...row, moves: lat.length, median: quantile(lat, 0.5), p90: quantile(lat, 0.9), max: Math.max(...lat),
      et90: Number.isNaN(et90) ? null : et90, note: notes.join('; '),
    };
  } finally {
    await page.close();
  }
}

interface TrainRow { tasks: number; longest: number; steps: number; note: string }

async function measureTrain(browser: Browser, ctx: BrowserContextOptions, base: string, throttle: number): Promise<TrainRow> {
  const page = await openIsland(browser, ctx, `${base}${TRAIN.page}#${TRAIN.id}`, TRAIN.id, throttle);
  try {
    const play = page.locator('figure#train [data-testid=train-play]');
    await play.waitFor({ timeout: 30_000 * throttle });
    for (let i = 0; !(await play.isEnabled()); i++) {
      if (i > 300) return { tasks: NaN, longest: NaN, steps: NaN, note: 'the train button stays disabled' };
      await sleep(100);
    }
    await sleep(1000);
    const t0 = await page.evaluate(() => {
      const w = window as Window & { __longTasks?: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks!.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      return performance.now();
    });
    await play.click();
    await sleep(TRAIN_MS);
    const tasks = await page.evaluate((since) => ((window as Window & { __longTasks?: { start: number; duration: number }[] })
      .__longTasks ?? []).filter((e) => e.start >= since).map((e) => e.duration), t0);
    const steps = Number(await page.locator('figure#train [data-testid=train-step-count]').textContent());
    await page.locator('figure#train [data-testid=train-pause]').click().catch(() => {});
    const over = tasks.filter((d) => d > LONG_TASK_MS);
    return { tasks: over.length, longest: Math.max(0, ...tasks), steps, note: `${steps} steps in ${TRAIN_MS / 1000} s` };
  } finally {
    await page.close();
  }
}

async function waitForServer(url: string, server: ChildProcess | null): Promise<void> {
  const tries = server ? 120 : 20;
  for (let i = 0; i < tries; i++) {
    if (server && server.exitCode !== null) throw new Error(`astro preview exited with code ${server.exitCode}`);
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await sleep(500);
  }
  throw new Error(`no server answered at ${url} within ${tries / 2} s`);
}

async function portAnswers(url: string): Promise<boolean> {
  try { await fetch(url, { signal: AbortSignal.timeout(1000) }); return true; } catch { return false; }
}

const f = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(1));

function printTable(opts: Options, rows: Row[], train: TrainRow | null, meta: { chromium: string; load: number[]; date: string }): void {
  const vp = opts.mobile ? '360×740 @2× touch' : '1280×900';
  console.log(`\n### Slider → next paint, CPU throttle ${opts.throttle}× (${meta.date}, Chromium ${meta.chromium}, ${vp})\n`);
  console.log(`load average at start: ${meta.load.map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min)`);
  console.log(`command: npm run bench:islands${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`);
  if (opts.runs > 1) console.log(`each island's middle run of ${opts.runs} (by p90)`);
  console.log(`\n| island | moves | median ms | p90 ms | max ms | Event Timing p90 | budget | within budget? | note |`);
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const et = r.et90 === null ? '—' : r.et90 === 0 ? '< 16' : String(Math.round(r.et90));
    const budget = r.budget === null ? '—' : `≤ ${r.budget}`;
    const ok = r.budget === null || Number.isNaN(r.p90) ? '—' : r.p90 <= r.budget ? 'yes' : 'no';
    console.log(`| ${r.id} | ${r.moves} | ${f(r.median)} | ${f(r.p90)} | ${f(r.max)} | ${et} | ${budget} | ${ok} | ${r.note} |`);
  }
  if (train) {
    const ok = opts.throttle === 1 && !Number.isNaN(train.tasks) ? (train.tasks === 0 ? 'yes' : 'no') : '—';
    console.log(`| train (${TRAIN_MS / 1000} s of training) | — | — | — | ${f(train.longest)} | — | ${opts.throttle === 1 ? `0 tasks > ${LONG_TASK_MS} ms` : 'report'} | ${ok} | `
      + `${train.tasks} main-thread tasks > ${LONG_TASK_MS} ms, the longest ${f(train.longest)} ms (Long Tasks API); ${train.note} |`);
  }
  console.log(`\nms from the trusted keydown to the first painted frame holding the chart's change (rAF → task); ${MOVES} moves,`
    + ` alternating, each after the previous settled. Event Timing p90: max duration of the key press's entries`
    + ` (8 ms rounding; only up to the paint after the handler, which for worker results may come before the chart changes).`
    + (opts.throttle > 1 ? ` Throttling slows the page's main thread; Web Workers run at full speed.` : ''));
}

async function main(): Promise<number> {
  let opts: Options | null;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) { console.error(`bench:islands: ${e.message} (see --help)`); return 2; }
    throw e;
  }
  if (!opts) { console.log(USAGE); return 0; }
  const load = loadavg();
  let server: ChildProcess | null = null;
  let base = opts.url;
  if (!base) {
    if (!existsSync(`${opts.dist}/en/index.html`)) {
      console.error(`bench:islands: no built site in ${opts.dist}/ (build it first: npx astro build --outDir ${opts.dist})`);
      return 2;
    }
    base = `http://127.0.0.1:${opts.port}/`;
    if (await portAnswers(base)) {
      console.error(`bench:islands: something already answers on port ${opts.port}; pass --port or --url`);
      return 2;
    }
    // detached: its own process group, so the kill below reaches astro's node process, not only npm's
    server = spawn('npm', ['run', 'preview', '--', '--host', '127.0.0.1', '--port', String(opts.port), '--ignore-lock',
      '--outDir', opts.dist], { stdio: 'ignore', detached: true });
  }
  if (!base.endsWith('/')) base += '/';
  const stop = () => { if (server?.pid) { try { process.kill(-server.pid); } catch { server.kill(); } } };
  process.once('SIGINT', () => { stop(); process.exit(130); });
  let browser: Browser | null = null;
  try {
    await waitForServer(`${base}en/`, server);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const ctx: BrowserContextOptions = opts.mobile
      ? { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 900 } };
    const islands = ISLANDS.filter((i) => opts.ids.includes(i.id));
    const runs: Row[][] = islands.map(() => []);
    const trains: TrainRow[] = [];
    for (let r = 0; r < opts.runs; r++) {
      for (const [i, island] of islands.entries()) {
        const row = await measureSlider(browser, ctx, base, island, opts.throttle, opts.verbose);
        runs[i].push(row);
        console.error(`run ${r + 1}/${opts.runs} ${island.id}: p90 ${f(row.p90)} ms`);
      }
      if (opts.ids.includes(TRAIN.id)) {
        trains.push(await measureTrain(browser, ctx, base, opts.throttle));
        console.error(`run ${r + 1}/${opts.runs} train: ${trains.at(-1)!.tasks} long tasks`);
      }
    }
    const middle = <T>(xs: T[], key: (x: T) => number): T =>
      [...xs].sort((a, b) => (Number.isNaN(key(a)) ? Infinity : key(a)) - (Number.isNaN(key(b)) ? Infinity : key(b)))[Math.floor((xs.length - 1) / 2)];
    printTable(opts, runs.map((rs) => middle(rs, (r) => r.p90)), trains.length ? middle(trains, (t) => t.longest) : null,
      { chromium: browser.version(), load, date: new Date().toISOString().slice(0, 10) });
    return 0;
  } catch (e) {
    console.error(`bench:islands: ${(e as Error).message.split('\n')[0]}`);
    return 1;
  } finally {
    await browser?.close();
    stop();
  }
}

process.exitCode = await main();
