// The site built for a sub-path (`npm run build:subpath`: GitHub Pages style, /vanishing-gradient/), served
// as it would be hosted. Runs in the `subpath` project (playwright.config.ts), against dist-subpath/.
// Static: every root-relative address in every built page and style sheet carries the base and names a file
// that exists. In Chromium: every page loads with every request answered 2xx under the base (scripts, styles,
// KaTeX fonts, island chunks, Web Workers), no console error (the shared fixture), and each island hydrates and
// draws its live chart; the language switch and the chapter links stay under the base.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './helpers/fixtures';
import { LANGS, chapters, pagePath } from './helpers/site';

export const SUBPATH = '/vanishing-gradient/';
const DIST = join(process.cwd(), 'dist-subpath');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

/** Root-relative addresses in HTML attributes (href, src, srcset, component-url, renderer-url…) and CSS url(). */
function rootAddresses(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\s(?:href|src|component-url|renderer-url|before-hydration-url|content)="([^"]*)"/g)) {
    if (m[1].startsWith('/') && !m[1].startsWith('//')) out.push(m[1]);
  }
  for (const m of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) if (m[1].startsWith('/')) out.push(m[1]);
  return out;
}

test.describe('static files', () => {
  test('dist-subpath/ was built (npm run build:subpath)', () => {
    expect(existsSync(join(DIST, 'es', 'index.html')), 'dist-subpath/es/index.html').toBe(true);
  });

  test('every root-relative address carries the base and names a built file', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const file of files(DIST, /\.(html|css)$/)) {
      for (const address of rootAddresses(readFileSync(file, 'utf8'))) {
        checked++;
        const path = decodeURI(address.split(/[?#]/)[0]);
        if (!path.startsWith(SUBPATH)) { bad.push(`${file.slice(DIST.length)}: ${address} (outside the base)`); continue; }
        let target = join(DIST, path.slice(SUBPATH.length));
        if (path.endsWith('/')) target = join(target, 'index.html');
        if (!existsSync(target)) bad.push(`${file.slice(DIST.length)}: ${address} (no such file)`);
      }
    }
    expect(checked, 'addresses found').toBeGreaterThan(100);
    expect(bad).toEqual([]);
  });
});

const PAGES = LANGS.flatMap((lang) => [
  { path: pagePath(lang), islands: [] as string[] },
  ...chapters(lang).map((c) => ({ path: pagePath(lang, c.slug), islands: c.islands })),
]);

test.describe('in the browser, under the sub-path', () => {
  for (const { path, islands } of PAGES) {
    test(`${SUBPATH}${path}: every request answered under the base${islands.length ? `, ${islands.join(', ')} live` : ''}`, async ({ page, baseURL }) => {
      const failed: string[] = [];
      const outside: string[] = [];
      page.on('response', (r) => {
        const url = new URL(r.url());
        if (url.protocol.startsWith('http') && !url.pathname.startsWith(SUBPATH)) outside.push(url.pathname);
        if (r.status() >= 400) failed.push(`${r.status()} ${url.pathname}`);
      });
      page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
      expect(baseURL).toMatch(new RegExp(`${SUBPATH}$`));
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect(page.locator('main h1')).toHaveCount(1);
      for (const id of islands) {
        const fig = page.locator(`figure#${id}`);
        await fig.scrollIntoViewIfNeeded();
        if (id === 'memory') {
          await expect(fig, '#memory hydrated').toHaveAttribute('data-island-live', 'true');
          // its charts stay the build-time run until the reader trains: 10 steps load its live part and its worker
          await fig.getByTestId('train-step').click();
          await expect(fig, 'memory trains under the base').toHaveAttribute('data-step', '10', { timeout: 30_000 });
          continue;
        }
        // hydrated: the island's live chart replaced the build-time one
        await expect(fig.locator('.kit-chart > .live svg[role=img]').first(), `#${id} draws live`).toBeVisible();
      }
      await page.evaluate(() => document.fonts.ready);
      // the language switch and the sidebar's chapter links stay under the base
      const hrefs = await page.locator('nav a[href^="/"], a[hreflang]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((h) => h.startsWith('/') && !h.startsWith(SUBPATH))).toEqual([]);
      expect(failed).toEqual([]);
      expect(outside).toEqual([]);
    });
  }

  test('the islands\' Web Workers and the engine\'s .wasm load from under the base (product band, remedies); exploding recomputes', async ({ page }) => {
    const workers: string[] = [];
    const wasm: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    page.on('response', (r) => { if (/\.wasm$/.test(new URL(r.url()).pathname)) wasm.push(`${r.status()} ${new URL(r.url()).pathname}`); });
    await page.goto(`${pagePath('en', 'problem')}?product.depth=12`);
    await page.locator('figure#product').scrollIntoViewIfNeeded();
    await expect(page.locator('figure#product .busy')).toHaveText(/^band over \d+ seeds$/);
    for (const [slug, id, key] of [['final-note', 'exploding', 'depth'], ['solutions', 'remedies', 'depth']] as const) {
      // a depth off the default: the island asks its worker, and the caption follows the new depth
      await page.goto(`${pagePath('en', slug)}?${id}.${key}=7`);
      const fig = page.locator(`figure#${id}`);
      await fig.scrollIntoViewIfNeeded();
      await expect(fig).toHaveAttribute('data-island-live', 'true');
      await expect(fig.locator('.kit-chart > .live svg[role=img]')).toBeVisible();
      if (id === 'remedies') await expect(fig.locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
      await expect(fig.locator('[data-testid=caption]')).toContainText(/\b7\b/);
    }
    expect(workers.length, workers.join(', ')).toBeGreaterThanOrEqual(1);
    expect(workers.filter((w) => !w.startsWith(SUBPATH))).toEqual([]);
    expect(wasm.length).toBeGreaterThanOrEqual(1);
    expect(wasm.filter((w) => !w.startsWith(`200 ${SUBPATH}`))).toEqual([]);
  });

  test('following the language switch and the next-chapter link stays under the base', async ({ page }) => {
    await page.goto(pagePath('es', chapters('es')[0].slug));
    await page.locator('a[hreflang="en"]').first().click();
    await expect(page).toHaveURL(new RegExp(`${SUBPATH}en/`));
    await page.locator('a[rel="next"]').first().click();
    await expect(page).toHaveURL(new RegExp(`${SUBPATH}en/${chapters('en')[1].slug}/`));
  });
});
