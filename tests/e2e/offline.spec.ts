// Offline (issue 16), against the built site: after one visit the service worker holds the whole site, so with
// the network gone another chapter in the other language opens, its island (and its worker) runs, and search
// answers. Then an update: the "host" (a test server over two copies of the build) swaps to a new build; the
// open page keeps its version whole, shows the "new version — reload" notice, and its button gives the new one.
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, hydrateIsland, type Page } from './helpers/fixtures';
import { serveFolder } from './helpers/static-server';
import { writeServiceWorker } from '../../scripts/postbuild/service-worker';
import { SITE } from '../../src/i18n/site';

// the service worker is what these tests are about (playwright.config.ts blocks it elsewhere)
test.use({ serviceWorkers: 'allow' });

/** Wait until the service worker has installed (its whole precache fetched) and controls the page. */
async function waitForWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null)).toBe('activated');
}

test('offline after one visit: another chapter in the other language opens, its island runs, search answers', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  await page.goto('es/problem/');
  await waitForWorker(page);

  await context.setOffline(true);
  // really offline: what the worker does not hold cannot be fetched
  const probe = await context.newPage();
  await expect(probe.goto(new URL(`nowhere-${Date.now()}.txt`, baseURL).href)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await probe.close();

  const res = await page.goto('en/solutions/?remedies.depth=30#remedies');
  expect(res?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  await expect(page.locator('main h1')).toBeVisible();
  await hydrateIsland(page, 'remedies');
  const fig = page.locator('figure#remedies');
  const chart = fig.locator('.live svg').first();
  await expect(chart).toBeVisible();
  const slider = fig.locator('label.depth input[type=range]');
  await expect(slider).toHaveValue('30');
  const before = await chart.innerHTML();
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(new RegExp(`remedies\\.depth=${await slider.getAttribute('min')}(&|#|$)`));
  // the island's worker ran the new networks offline and the chart changed
  await expect.poll(() => chart.innerHTML(), { timeout: 20_000 }).not.toBe(before);

  await page.locator('[data-search-open]').click();
  await page.locator('dialog[data-search-dialog]').getByRole('searchbox').fill('ReLU');
  await expect(page.locator('dialog[data-search-dialog] ol a').first()).toHaveAttribute('href', /\/en\/.*#/);
});

test('an update: the open page keeps its version, says a new one is ready, and its button reloads into it', async ({ page }) => {
  test.setTimeout(90_000);
  const dist = join(process.cwd(), process.env.E2E_DIST ?? 'dist');
  const tmp = mkdtempSync(join(tmpdir(), 'vg-update-'));
  const [a, b] = [join(tmp, 'a'), join(tmp, 'b')];
  cpSync(dist, a, { recursive: true });
  cpSync(dist, b, { recursive: true });
  // build B: the Spanish home page's title changed, and its service worker generated again over it
  const home = join(b, 'es', 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace(/(<h1[^>]*>)/, '$1<span data-build="b">B · </span>'));
  await writeServiceWorker(b);
  let root = a;
  const host = await serveFolder(() => root);
  try {
    await page.goto(`${host.url}es/`);
    await waitForWorker(page);
    const notice = page.locator('[data-sw-update]');
    await expect(notice).toBeEmpty();

    root = b; // the new deploy
    await page.reload();
    // the old worker still serves the old version, whole; the new one installed and waits
    await expect(page.locator('[data-build="b"]')).toHaveCount(0);
    await expect(notice).toContainText(SITE.es.updateReady);
    const axe = await new AxeBuilder({ page }).include('[data-sw-update]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), 'axe on the notice').toEqual([]);
    await page.goto(`${host.url}es/problem/`);
    await expect(page.locator('main h1')).toBeVisible();
    await page.goto(`${host.url}es/`);
    await expect(page.locator('[data-build="b"]')).toHaveCount(0);

    await notice.getByRole('button', { name: SITE.es.updateReload }).click();
    await expect(page.locator('[data-build="b"]')).toHaveCount(1);
    await expect(notice).toBeEmpty();
    // and a later visit stays on the new version, with no notice
    await page.reload();
    await expect(page.locator('[data-build="b"]')).toHaveCount(1);
    await expect(notice).toBeEmpty();
  } finally {
    await host.close();
    rmSync(tmp, { recursive: true, force: true });
  }
});
