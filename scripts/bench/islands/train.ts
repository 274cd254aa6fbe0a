// The train island: press "train" on a link, count main-thread tasks over LONG_TASK_MS (Long Tasks API) for
// TRAIN_MS. Only tasks that start after the press count: hydration and the first draw are the page's load.
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { LONG_TASK_MS, TRAIN, TRAIN_MS } from './config';
import { openIsland, sleep } from './page';

export interface TrainRow { name: string; tasks: number; longest: number; steps: number; note: string }

type LongTaskWindow = Window & { __longTasks?: { start: number; duration: number }[] };

export async function measureTrain(browser: Browser, ctx: BrowserContextOptions, base: string, link: typeof TRAIN.links[number], throttle: number): Promise<TrainRow> {
  const row = { name: link.name, tasks: NaN, longest: NaN, steps: NaN };
  const page = await openIsland(browser, ctx, `${base}${TRAIN.page}${link.query ? `?${link.query}` : ''}#${TRAIN.id}`, TRAIN.id, throttle);
  try {
    const play = page.locator('figure#train [data-testid=train-play]');
    await play.waitFor({ timeout: 30_000 * throttle });
    for (let i = 0; !(await play.isEnabled()); i++) {
      if (i > 300) return { ...row, note: 'the train button stays disabled' };
      await sleep(100);
    }
    await sleep(1000);
    const t0 = await page.evaluate(() => {
      const w = window as LongTaskWindow;
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks!.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      return performance.now();
    });
    await play.click();
    await sleep(TRAIN_MS);
    const tasks = await page.evaluate((since) => ((window as LongTaskWindow).__longTasks ?? [])
      .filter((e) => e.start >= since).map((e) => e.duration), t0);
    const steps = Number(await page.locator('figure#train [data-testid=train-step-count]').textContent());
    await page.locator('figure#train [data-testid=train-pause]').click().catch(() => {});
    const over = tasks.filter((d) => d > LONG_TASK_MS);
    return { ...row, tasks: over.length, longest: Math.max(0, ...tasks), steps, note: `${steps} steps in ${TRAIN_MS / 1000} s` };
  } finally {
    await page.close();
  }
}
