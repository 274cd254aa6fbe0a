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
// The train island: press "train" on three links (default, ReLU + batch norm, the largest net), count main-thread
// tasks over 50 ms (Long Tasks API) for 10 s each. This replaced a timed Playwright test that flaked on a shared machine.
// The memory island (further): the same count from its first "train" to the end of its 1000-step run, with the
// load of its live part (charts, worker), which that press starts, counted apart.
import { chromium, type Browser, type BrowserContextOptions } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ISLANDS, TRAIN_CASES } from './bench/islands/config';
import { parseOptions, UsageError, USAGE, type Options } from './bench/islands/options';
import { portAnswers, waitForServer } from './bench/islands/server';
import { measureSlider, type Cpu, type Row, type Tier } from './bench/islands/slider';
import { benchmarkIndex, rateForIndex } from './bench/islands/cpu-index';
import { f, printTable } from './bench/islands/table';
import { measureTrain, type TrainRow } from './bench/islands/train';

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
    const trainLinks = TRAIN_CASES.filter((c) => opts.ids.includes(c.id)).flatMap((c) => c.links.map((link) => ({ island: c, link })));
    const trains: TrainRow[][] = trainLinks.map(() => []);
    // Before each island: its CPU, read (a fixed rate) or calibrated (--cpu-index), in a blank page of this browser.
    const cpuNow = async (): Promise<Cpu> => {
      if (opts.cpuIndex === null) return { rate: opts.throttle, index: await benchmarkIndex(browser!, opts.throttle) };
      const c = await rateForIndex(browser!, opts.cpuIndex);
      return { rate: c.rate, index: c.index };
    };
    const tier: Tier = opts.cpuIndex !== null || opts.throttle === 4 ? 'phone' : opts.throttle === 1 ? 'full' : null;
    for (let r = 0; r < opts.runs; r++) {
      for (const [i, island] of islands.entries()) {
        const cpu = await cpuNow();
        const row = await measureSlider(browser, ctx, base, island, cpu, tier, opts.verbose);
        runs[i].push(row);
        console.error(`run ${r + 1}/${opts.runs} ${island.id}: p90 ${f(row.p90)} ms (CPU ${cpu.rate}×, BenchmarkIndex ${Math.round(cpu.index)})`);
      }
      for (const [i, { island, link }] of trainLinks.entries()) {
        const cpu = await cpuNow();
        const row = await measureTrain(browser, ctx, base, island, link, cpu.rate);
        trains[i].push(row);
        console.error(`run ${r + 1}/${opts.runs} ${island.id} (${link.name}): ${row.tasks} long tasks, the longest ${f(row.longest)} ms`
          + (row.load ? `; loading: ${row.load.tasks}, the longest ${f(row.load.longest)} ms` : ''));
      }
    }
    const middle = <T>(xs: T[], key: (x: T) => number): T =>
      [...xs].sort((a, b) => (Number.isNaN(key(a)) ? Infinity : key(a)) - (Number.isNaN(key(b)) ? Infinity : key(b)))[Math.floor((xs.length - 1) / 2)];
    printTable(opts, runs.map((rs) => middle(rs, (r) => r.p90)), trains.map((ts) => middle(ts, (t) => t.longest)),
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
