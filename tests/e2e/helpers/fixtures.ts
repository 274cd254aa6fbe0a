// The shared test fixture: every page fails its test on a console error, an uncaught exception, or a request
// to any host but the site's. Use it instead of @playwright/test:
//   import { test, expect } from './helpers/fixtures';
// Allow a known console message in one file with `test.use({ allowConsole: [/pattern/] })`.
import { test as base, expect, type Page } from '@playwright/test';

export { expect };
export type { Page, Locator } from '@playwright/test';

/** Hosts the site may talk to (the preview server). */
export const LOCAL_HOSTS = ['127.0.0.1', 'localhost'];

interface Guard { allowConsole: RegExp[]; problems: { console: string[]; foreign: string[] } }

export const test = base.extend<Guard>({
  allowConsole: [[], { option: true }],
  problems: async ({ context }, use) => {
    const problems = { console: [] as string[], foreign: [] as string[] };
    await context.route(/.*/, (route) => {
      const url = new URL(route.request().url());
      if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:')
        && !LOCAL_HOSTS.includes(url.hostname)) {
        problems.foreign.push(url.href);
        return route.abort('blockedbyclient');
      }
      return route.continue();
    });
    await use(problems);
  },
  page: async ({ page, problems, allowConsole }, use) => {
    const allowed = (text: string) => allowConsole.some((r) => r.test(text));
    page.on('console', (m) => {
      if (m.type() === 'error' && !allowed(m.text())) problems.console.push(`${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => { if (!allowed(e.message)) problems.console.push(`uncaught: ${e.message}`); });
    await use(page);
    expect(problems.console, 'console errors on the page').toEqual([]);
    expect(problems.foreign, 'requests to hosts other than the site').toEqual([]);
  },
});

/** Scroll an element into view; <astro-island> is `display: contents`, so its first child is scrolled to. */
async function reveal(page: Page, selector: string, index = 0): Promise<void> {
  await page.locator(selector).nth(index).evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
}

/** Scroll every island into view (client:visible) and wait until all have hydrated. */
export async function hydrateAll(page: Page): Promise<void> {
  const n = await page.locator('astro-island').count();
  for (let i = 0; i < n; i++) {
    await reveal(page, 'astro-island', i);
    await expect(page.locator('astro-island').nth(i)).not.toHaveAttribute('ssr');
  }
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Scroll one island (by its figure id) into view and wait for it to hydrate and draw live. */
export async function hydrateIsland(page: Page, id: string): Promise<void> {
  const selector = `astro-island:has(figure#${id})`;
  await reveal(page, selector);
  await expect(page.locator(selector).first()).not.toHaveAttribute('ssr');
}

/** Ids that appear on more than one element (invalid HTML; breaks #id links and aria references). */
export async function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const count = new Map<string, number>();
    document.querySelectorAll('[id]').forEach((el) => count.set(el.id, (count.get(el.id) ?? 0) + 1));
    return [...count].filter(([, n]) => n > 1).map(([id]) => id);
  });
}
