// Slider-to-redraw benchmark of the islands in Chromium (not a test: it prints a table, asserts nothing).
//   npm run build && npm run bench:islands            # starts `astro preview` on port 4420
//   BENCH_URL=http://127.0.0.1:4321/ npm run bench:islands   # or use a server already running
// Each island marks `<id>:input` in its control's input handler and `<id>:drawn` once the live chart is in
// the DOM (src/islands/kit/perf.ts). With depth set to 100 through the URL, the script drags another slider
// DRAGS times and reports the median and worst `drawn − input`, and the time to the next painted frame.
import { chromium, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';

const DRAGS = 30;
const PORT = 4420;
const DRAW_TIMEOUT_MS = 5000;

/** Islands to measure: page, deep link (depth 100), and the slider dragged (a range input in the figure). */
const ISLANDS = [
  { id: 'product', page: 'en/problem/', query: 'product.depth=100', slider: 1 },
  { id: 'components', page: 'en/problem/', query: 'components.depth=100', slider: 0 },
  { id: 'remedies', page: 'en/solutions/', query: 'remedies.depth=100', slider: 0 },
  { id: 'exploding', page: 'en/final-note/', query: 'exploding.depth=100', slider: 1 },
  { id: 'activations', page: 'en/problem/', query: '', slider: 0 },
];

interface Result { id: string; n: number; median: number; p90: number; max: number; frame: number; note: string }

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no server at ${url}`);
}

/** One drag: set the slider to `value`, fire input, resolve with (drawn − input) and (next frame − input). */
async function drag(page: Page, id: string, index: number, value: string): Promise<{ draw: number; frame: number } | null> {
  return page.evaluate(async ({ id, index, value, timeout }) => {
    const input = document.querySelectorAll<HTMLInputElement>(`figure#${id} input[type=range]`)[index];
    if (!input) return null;
    performance.clearMarks(`${id}:drawn`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const start = performance.now();
    // (no named helpers in here: tsx would wrap them in __name, which the page does not have)
    while (performance.getEntriesByName(`${id}:drawn`).length === 0 && performance.now() - start < timeout) {
      await new Promise((r) => setTimeout(r, 0));
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const i = performance.getEntriesByName(`${id}:input`).at(-1);
    const d = performance.getEntriesByName(`${id}:drawn`).at(-1);
    if (!i || !d) return null;
    return { draw: d.startTime - i.startTime, frame: performance.now() - i.startTime };
  }, { id, index, value, timeout: DRAW_TIMEOUT_MS });
}

async function measure(page: Page, base: string, island: (typeof ISLANDS)[number]): Promise<Result> {
  const empty = { id: island.id, n: 0, median: NaN, p90: NaN, max: NaN, frame: NaN };
  await page.goto(`${base}${island.page}${island.query ? `?${island.query}` : ''}#${island.id}`);
  const fig = page.locator(`figure#${island.id}`);
  if ((await fig.count()) === 0) return { ...empty, note: 'figure not on the page' };
  await fig.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  const range = await page.evaluate(({ id, index }) => {
    const el = document.querySelectorAll<HTMLInputElement>(`figure#${id} input[type=range]`)[index];
    return el && !el.disabled ? { min: Number(el.min), max: Number(el.max), step: Number(el.step) || 1, label: el.closest('label')?.textContent?.trim().slice(0, 30) ?? '' } : null;
  }, { id: island.id, index: island.slider });
  if (!range) return { ...empty, note: 'no enabled slider' };
  const draws: number[] = [];
  const frames: number[] = [];
  for (let k = 0; k < DRAGS; k++) {
    const t = (k % 10 + 1) / 11;
    const v = range.min + Math.round((t * (range.max - range.min)) / range.step) * range.step;
    const r = await drag(page, island.id, island.slider, String(v));
    if (r) { draws.push(r.draw); frames.push(r.frame); }
  }
  if (draws.length === 0) return { ...empty, note: `no ${island.id}:drawn mark` };
  return {
    id: island.id, n: draws.length, median: quantile(draws, 0.5), p90: quantile(draws, 0.9), max: Math.max(...draws),
    frame: quantile(frames, 0.5), note: `slider “${range.label}”`,
  };
}

async function main(): Promise<void> {
  let server: ChildProcess | null = null;
  let base = process.env.BENCH_URL ?? '';
  if (!base) {
    base = `http://127.0.0.1:${PORT}/`;
    // detached: its own process group, so the kill below reaches astro's node process, not only npm's
    server = spawn('npm', ['run', 'preview', '--', '--host', '127.0.0.1', '--port', String(PORT), '--ignore-lock'], { stdio: 'ignore', detached: true });
  }
  if (!base.endsWith('/')) base += '/';
  try {
    await waitForServer(`${base}en/`);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const rows: Result[] = [];
    for (const island of ISLANDS) rows.push(await measure(page, base, island));
    await browser.close();
    const f = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(1));
    console.log(`\nSlider-to-redraw at depth 100 (${DRAGS} drags, Chromium, ${new Date().toISOString().slice(0, 10)})\n`);
    console.log('| island | drags | median ms (input → drawn) | p90 ms | max ms | median ms to next frame | note |');
    console.log('|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.id} | ${r.n} | ${f(r.median)} | ${f(r.p90)} | ${f(r.max)} | ${f(r.frame)} | ${r.note} |`);
  } finally {
    if (server?.pid) {
      try { process.kill(-server.pid); } catch { server.kill(); }
    }
  }
}

await main();
