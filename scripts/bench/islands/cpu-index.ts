// How fast the page's main thread is, as Lighthouse measures it: its BenchmarkIndex (a string-building and an
// array-copying loop, 500 ms each; Lighthouse's own function, run in a blank page of the same browser). CPU
// throttling is relative to the host: 4× on this shared machine was a different phone from one hour to the next
// (the BenchmarkIndex of the unthrottled page read 1,600 in one sitting, and the 4× figures of one build moved by
// ±40 % between sittings). Lighthouse reads 4× as "a high-end desktop (index 1500–2000) made a mid-tier phone",
// so bench:islands prints the index each island ran at, and `--cpu-index N` throttles to an index of N instead
// of by a fixed rate: every island, in every sitting, runs on the same emulated phone.
import type { Browser } from '@playwright/test';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';

const INDEX = `(${pageFunctions.computeBenchmarkIndex.toString()})()`;
/** The throttle rates CDP accepts here (bench:islands' --cpu-throttle range). */
export const RATE_MIN = 1;
export const RATE_MAX = 20;

/** The BenchmarkIndex of a blank page at `rate` (the median of three). */
export async function benchmarkIndex(browser: Browser, rate: number): Promise<number> {
  const page = await browser.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    await page.goto('about:blank');
    await page.evaluate(INDEX);   // warm-up, unthrottled
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const xs: number[] = [];
    for (let i = 0; i < 3; i++) xs.push(Number(await page.evaluate(INDEX)));
    return xs.sort((a, b) => a - b)[1];
  } finally {
    await page.close();
  }
}

/** The throttle rate that brings the main thread to a BenchmarkIndex of `target`: the index scales as 1/rate, so
 *  one reading unthrottled gives the rate, and one reading at it corrects it. Clamped to [RATE_MIN, RATE_MAX]. */
export async function rateForIndex(browser: Browser, target: number): Promise<{ rate: number; index: number; host: number }> {
  const clamp = (r: number) => Math.min(RATE_MAX, Math.max(RATE_MIN, r));
  const host = await benchmarkIndex(browser, 1);
  let rate = clamp(host / target);
  const first = await benchmarkIndex(browser, rate);
  rate = clamp(rate * (first / target));
  return { rate: Math.round(rate * 100) / 100, index: await benchmarkIndex(browser, rate), host };
}
