// An island that trains in a worker (the train island, memory): press "train" on a link, record main-thread tasks
// over LONG_TASK_MS (Long Tasks API) for TRAIN_MS or until the run ends by itself. Only tasks that start after
// the press count: hydration and the first draw are the page's load. Memory loads its live part (charts, worker)
// on that press: the tasks until its charts are drawn are counted apart, as that load.
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { LONG_TASK_MS, TRAIN_MS, type TrainCase } from './config';
import { openIsland, sleep } from './page';

export interface TrainRow {
  island: string; name: string;
  /** Tasks over LONG_TASK_MS while training, the longest, and their summed duration (ms). */
  tasks: number; longest: number; total: number;
  /** The same over the live part's load after the press (null: the island has none). */
  load: { tasks: number; longest: number; total: number; ms: number } | null;
  steps: number; seconds: number; note: string;
}

type LongTaskWindow = Window & { __longTasks?: { start: number; duration: number }[]; __drawnAt?: number };
const POLL_MS = 250;

export async function measureTrain(browser: Browser, ctx: BrowserContextOptions, base: string, island: TrainCase,
  link: TrainCase['links'][number], throttle: number): Promise<TrainRow> {
  const row = { island: island.id, name: link.name, tasks: NaN, longest: NaN, total: NaN, load: null, steps: NaN, seconds: NaN };
  const fig = `figure#${island.id}`;
  const page = await openIsland(browser, ctx, `${base}${island.page}${link.query ? `?${link.query}` : ''}#${island.id}`, island.id, throttle, island.ready);
  try {
    const play = page.locator(`${fig} [data-testid=train-play]`);
    await play.waitFor({ timeout: 30_000 * throttle });
    for (let i = 0; !(await play.isEnabled()); i++) {
      if (i > 300) return { ...row, note: 'the train button stays disabled' };
      await sleep(100);
    }
    await sleep(1000);
    const t0 = await page.evaluate((drawn) => {
      const w = window as LongTaskWindow;
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks!.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      if (drawn) {
        const seen = new MutationObserver(() => {
          if (document.querySelector(drawn)) { w.__drawnAt = performance.now(); seen.disconnect(); }
        });
        seen.observe(document.body, { childList: true, subtree: true });
      }
      return performance.now();
    }, island.drawn);
    await play.click();
    // read with the page's own querySelector: a Playwright locator runs its selector engine on the main thread,
    // which on a long chapter at 4× is itself a task of tens of ms
    const stepsNow = () => page.evaluate((sel) => Number(document.querySelector(sel)?.textContent ?? NaN), `${fig} [data-testid=train-step-count]`);
    const start = Date.now();
    // until TRAIN_MS have passed, or the run ended by itself and its last drawing had time to finish
    while (Date.now() - start < TRAIN_MS && !(island.maxSteps !== null && (await stepsNow()) >= island.maxSteps)) await sleep(POLL_MS);
    const seconds = (Date.now() - start) / 1000;
    if (island.maxSteps !== null) await sleep(1000);
    const { all, drawnAt } = await page.evaluate(() => {
      const w = window as LongTaskWindow;
      return { all: w.__longTasks ?? [], drawnAt: w.__drawnAt ?? null };
    });
    const steps = await stepsNow();
    await page.locator(`${fig} [data-testid=train-pause]`).click({ timeout: 1000 }).catch(() => {});
    const split = island.drawn ? drawnAt ?? Infinity : t0;
    const sum = (ds: number[]) => {
      const over = ds.filter((d) => d > LONG_TASK_MS);
      return { tasks: over.length, longest: Math.max(0, ...ds), total: over.reduce((a, d) => a + d, 0) };
    };
    const load = island.drawn ? { ...sum(all.filter((e) => e.start >= t0 && e.start < split).map((e) => e.duration)), ms: split - t0 } : null;
    return {
      ...row, ...sum(all.filter((e) => e.start >= split).map((e) => e.duration)), load, steps, seconds,
      note: `${steps} steps in ${seconds.toFixed(1)} s`,
    };
  } finally {
    await page.close();
  }
}
