// Issue 6 budgets against the built site: no JavaScript before an island is in view, at most 150 KB gzip
// of JavaScript per page with every island loaded, a strict CSP that the page passes, every page readable
// without JavaScript (text, equations, a static figure per island), Lighthouse on two pages.
import { gzipSync } from 'node:zlib';
import { test, expect, hydrateAll } from './helpers/fixtures';
import { LANGS, chapters, pagePath } from './helpers/site';
import { BUDGETS } from '../../scripts/audit/budgets';

/** JavaScript and the engine's WebAssembly module: both count in the page's script budget. */
const isScript = (url: string) => /\.(m?js|wasm)(\?|$)/.test(new URL(url).pathname);

for (const lang of LANGS) {
  for (const ch of chapters(lang)) {
    // One load checks both budgets of the page (JavaScript weight and CSP): both need every island hydrated.
    test(`${lang}/${ch.slug}: no JS before an island is in view, ≤ ${BUDGETS.jsPerPageGzip / 1024} KB gzip once all load; strict CSP, never violated`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.addInitScript(() => {
        (window as unknown as { __cspViolations: string[] }).__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __cspViolations: string[] }).__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const bodies = new Map<string, Promise<number>>();
      page.on('response', (res) => {
        if (isScript(res.url()) && !bodies.has(res.url())) {
          // an unreadable body is NaN, which fails the check below by name, never 0 bytes
          bodies.set(res.url(), res.body().then((b) => gzipSync(b, { level: 9 }).length, () => NaN));
        }
      });
      // networkidle: no request for 500 ms after the load, so a script fetched late is seen, not missed
      await page.goto(pagePath(lang, ch.slug), { waitUntil: 'networkidle' });
      const islandInView = await page.locator('astro-island').evaluateAll((els) =>
        els.some((el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }));
      if (!islandInView) expect([...bodies.keys()], 'scripts loaded before any island is in view').toEqual([]);

      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toMatch(/default-src 'self'/);
      // exactly 'self', 'wasm-unsafe-eval' (the engine's WebAssembly kernels) and the page's own inline scripts
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);

      await hydrateAll(page);
      // every request the islands make (workers, the .wasm) has been answered and the frame after it rendered
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      const sizes = await Promise.all([...bodies].map(async ([url, size]) => ({ url, bytes: await size })));
      expect(sizes.filter((s) => Number.isNaN(s.bytes)).map((s) => s.url), 'scripts whose body could not be read').toEqual([]);
      const total = sizes.reduce((a, s) => a + s.bytes, 0);
      expect(total, `gzip JS bytes on ${lang}/${ch.slug}`).toBeLessThanOrEqual(BUDGETS.jsPerPageGzip);
      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
      // under this policy the islands that run the engine on the main thread got its WebAssembly kernels
      for (const kernels of await page.locator('figure[data-kernels]').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-kernels')))) {
        expect(kernels).toBe('wasm');
      }
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    for (const ch of chapters(lang)) {
      test(`${lang}/${ch.slug}: text, equations and a static figure for every island`, async ({ page }) => {
        await page.goto(pagePath(lang, ch.slug));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(ch.title);
        await expect(page.locator('article p').first()).toBeVisible();
        await expect(page.locator('.katex-display')).toHaveCount(ch.displayMath);
        for (const id of ch.islands) {
          const svg = page.locator(`figure#${id} svg[role="img"]`).first();
          await expect(svg, `static figure of #${id}`).toBeVisible();
          expect(await svg.locator('path, rect, circle, line').count(), `marks in the static #${id}`).toBeGreaterThan(3);
        }
      });
    }
  }
});
