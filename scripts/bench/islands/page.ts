// Opening an island in a fresh page (CPU throttled from the first byte), and small helpers.
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';

export /** Nearest-rank quantile. */
function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens `url`, scrolls island `id` into view and waits until it is hydrated and `ready` (a selector; by default
 *  its live chart) is in the page. */
export async function openIsland(browser: Browser, ctx: BrowserContextOptions, url: string, id: string, throttle: number,
  ready = `figure#${id} .kit-chart .live svg`): Promise<Page> {
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
  await page.locator(ready).first().waitFor({ timeout: 30_000 * throttle });
  await serviceWorkerSettled(page);
  return page;
}

/** A first visit's service worker precaches the whole site (README, "Offline"): wait until it is active, so its
 *  downloads do not run during the moves (what a returning reader has). A page with none goes on 2 s after load. */
async function serviceWorkerSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return;
    const start = performance.now();
    while (performance.now() - start < 60_000) {
      const reg = await navigator.serviceWorker.getRegistration();
      if (reg?.active && !reg.installing && !reg.waiting) return;
      if (!reg && document.readyState === 'complete' && performance.now() - start > 2000) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  });
}
