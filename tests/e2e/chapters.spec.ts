// The chapters on the built site: every internal link and anchor resolves, citations show their reference
// on hover and on keyboard focus, "try it" links point at their island in the linked state; printed, a chapter
// shows no button, its controls' values as text and each exercise's full address.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { test, expect, hydrateIsland } from './helpers/fixtures';
import { BIBLIOGRAPHY, formatReference } from '../../src/components/mdx/bibliography';
import { CHAPTERS } from '../../src/i18n/chapters';
import { ISLAND_CHAPTER } from '../../src/components/mdx/try-it';
import { REPORT_ERROR_URL } from '../../src/components/mdx/links';
import { PRODUCT_CODEC } from '../../src/sims/product/state';
import { SKIP_DIAGRAM_I18N } from '../../src/i18n/skip-diagram';

const DIST = join(process.cwd(), process.env.E2E_DIST ?? 'dist');
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const LANGS = ['es', 'en'] as const;
const SLUGS = ['problem', 'solutions', 'final-note', 'further', 'references'] as const;

/** Every HTML page of the build, as its site path (`/es/problem/`) and its parsed document. */
function builtPages(): Map<string, Document> {
  const pages = new Map<string, Document>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') {
        const path = `${BASE}${relative(DIST, dir).split('\\').join('/')}/`.replace(/\/+/g, '/');
        pages.set(path, parseHTML(readFileSync(full, 'utf8')).document as unknown as Document);
      }
    }
  };
  walk(DIST);
  return pages;
}

test.describe('links in the built site', () => {
  test.skip(!existsSync(DIST), 'build the site first (npm run build)');

  test('every internal link and anchor of every page resolves', () => {
    const pages = builtPages();
    expect(pages.size).toBeGreaterThanOrEqual(LANGS.length * SLUGS.length);
    const broken: string[] = [];
    let checked = 0;
    for (const [path, doc] of pages) {
      for (const a of doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href') ?? '';
        if (/^(https?:|mailto:|data:)/.test(href)) continue;
        const target = new URL(href, `http://site${path}`);
        let targetPath = target.pathname;
        if (!targetPath.endsWith('/') && !/\.[a-z0-9]+$/i.test(targetPath)) targetPath += '/';
        const page = pages.get(targetPath);
        if (!page) {
          if (!existsSync(join(DIST, targetPath.slice(BASE.length)))) broken.push(`${path}: ${href} (no such page)`);
          continue;
        }
        const id = decodeURIComponent(target.hash.slice(1));
        if (id && !page.getElementById(id)) broken.push(`${path}: ${href} (no #${id})`);
        checked++;
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  test('no id is used twice on a page (a deep link must land on one element)', () => {
    const dupes: string[] = [];
    for (const [path, doc] of builtPages()) {
      const seen = new Set<string>();
      for (const el of doc.querySelectorAll('[id]')) {
        const id = el.getAttribute('id') ?? '';
        if (seen.has(id)) dupes.push(`${path}#${id}`);
        seen.add(id);
      }
    }
    expect(dupes).toEqual([]);
  });

  test('every external link is a well-formed https address', () => {
    const bad: string[] = [];
    let n = 0;
    for (const [path, doc] of builtPages()) {
      for (const a of doc.querySelectorAll('a[href^="http"]')) {
        const href = a.getAttribute('href') ?? '';
        n++;
        try {
          const url = new URL(href);
          if (url.protocol !== 'https:' || !url.hostname.includes('.') || /\s/.test(href)) bad.push(`${path}: ${href}`);
        } catch { bad.push(`${path}: ${href}`); }
      }
    }
    expect(bad).toEqual([]);
    expect(n).toBeGreaterThan(10);
  });

  test('every citation points to an item of its own page reference list', () => {
    const pages = builtPages();
    for (const lang of LANGS) for (const slug of SLUGS) {
      const doc = pages.get(`${BASE}${lang}/${slug}/`);
      expect(doc, `${lang}/${slug}`).toBeDefined();
      for (const a of doc?.querySelectorAll('.cite a') ?? []) {
        const key = a.getAttribute('data-cite') ?? '';
        expect(doc?.getElementById(`ref-${key}`), `${lang}/${slug}: ${key}`).not.toBeNull();
        const tip = doc?.getElementById(a.getAttribute('aria-describedby') ?? '');
        expect(tip?.textContent).toBe(formatReference(key, CHAPTERS[lang].and, lang));
      }
    }
  });

  test('every "try it" link opens its island on the chapter that holds it, with prefixed keys', () => {
    const pages = builtPages();
    let n = 0;
    for (const lang of LANGS) for (const slug of SLUGS) {
      const doc = pages.get(`${BASE}${lang}/${slug}/`);
      for (const a of doc?.querySelectorAll('a.try-it__link') ?? []) {
        const island = a.getAttribute('data-island') as keyof typeof ISLAND_CHAPTER;
        const url = new URL(a.getAttribute('href') ?? '', 'http://site/');
        expect(url.pathname).toBe(`${BASE}${lang}/${ISLAND_CHAPTER[island]}/`);
        expect(url.hash).toBe(`#${island}`);
        const keys = [...url.searchParams.keys()];
        expect(keys.length).toBeGreaterThan(0);
        for (const k of keys) expect(k.startsWith(`${island}.`), k).toBe(true);
        const target = pages.get(url.pathname);
        expect(target?.getElementById(island), `#${island} on ${url.pathname}`).not.toBeNull();
        n++;
      }
    }
    expect(n).toBeGreaterThanOrEqual(2 * 10);
  });

  test('figures and exercises are numbered chapter.place, the same in both languages, each with its anchor', () => {
    const pages = builtPages();
    let figures = 0;
    let exercises = 0;
    for (const [i, slug] of SLUGS.entries()) {
      const numbered = LANGS.map((lang) => {
        const doc = pages.get(`${BASE}${lang}/${slug}/`);
        const t = CHAPTERS[lang];
        const figs = [...doc?.querySelectorAll('.figure-frame') ?? []].map((frame, k) => {
          const n = `${i + 1}.${k + 1}`;
          expect(frame.id, `${lang}/${slug}`).toBe(`figure-${i + 1}-${k + 1}`);
          const label = frame.querySelector('.figure-frame__label');
          expect(label?.textContent?.trim().replace(/\s+/g, ' ')).toMatch(new RegExp(`^${t.figure} ${n} · \\S`));
          expect(label?.querySelector('a')?.getAttribute('href')).toBe(`#${frame.id}`);
          expect(frame.getAttribute('aria-labelledby')).toBe(label?.id);
          // the figure keeps its own id (#product), which exercise links and URL state use
          return `${frame.id} ${frame.querySelector('figure[id]')?.id}`;
        });
        const exs = [...doc?.querySelectorAll('.try-it') ?? []].map((box, k) => {
          const label = box.querySelector('.try-it__label');
          expect(label?.id, `${lang}/${slug}`).toBe(`exercise-${i + 1}-${k + 1}`);
          expect(box.getAttribute('aria-labelledby')).toBe(label?.id);
          const link = label?.querySelector('a');
          expect(link?.textContent).toBe(`${t.exercise} ${i + 1}.${k + 1}`);
          expect(link?.getAttribute('href')).toBe(`#${label?.id}`);
          // the exercise keeps its own id (#try-depth-30) too
          return `${label?.id} ${box.id}`;
        });
        return { figs, exs };
      });
      expect(numbered[1], `${slug}: en as es`).toEqual(numbered[0]);
      figures += numbered[0].figs.length;
      exercises += numbered[0].exs.length;
    }
    expect([figures, exercises]).toEqual([11, 17]);
  });

  test('chapter 2 draws the lecture\'s skip-layer figure in both languages, with its text alternative', () => {
    const pages = builtPages();
    for (const lang of LANGS) {
      const doc = pages.get(`${BASE}${lang}/solutions/`);
      const figures = doc?.querySelectorAll('figure#skip-diagram') ?? [];
      expect(figures.length, `${lang}/solutions/`).toBe(1);
      const svg = figures[0].querySelector('svg[role="img"]');
      const t = SKIP_DIAGRAM_I18N[lang];
      expect(doc?.getElementById(svg?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(t.title);
      expect(doc?.getElementById(svg?.getAttribute('aria-describedby') ?? '')?.textContent).toBe(t.desc);
      // the visible caption typesets the lecture's equation at build time, and sits in the #skip section
      expect(figures[0].querySelector('figcaption .katex annotation')).not.toBeNull();
      expect(figures[0].closest('.chunk')?.querySelector('h3')?.id).toBe('skip');
    }
  });

  test('each chapter ends with a BibTeX entry of its own address and the one "report an error" link', () => {
    const pages = builtPages();
    for (const lang of LANGS) for (const slug of SLUGS) {
      const doc = pages.get(`${BASE}${lang}/${slug}/`);
      const bib = doc?.querySelector('.cite-page code')?.textContent ?? '';
      expect(bib).toMatch(/^@misc\{/);
      expect(bib).toContain(`${BASE}${lang}/${slug}/`);
      const report = doc?.querySelector('.report-error a')?.getAttribute('href') ?? '';
      expect(report.startsWith(`${REPORT_ERROR_URL}?`)).toBe(true);
      // never a placeholder host (issue 18, bug 2)
      expect(`${bib} ${report}`).not.toMatch(/example\.(org|com)/);
    }
  });
});

test.describe('in the browser', () => {
  test('a citation shows its full reference on keyboard focus and on hover; "cite this page" and "report an error" carry the page\'s address', async ({ page }) => {
    await page.goto('es/problem/');
    // figures are numbered and titled, in Spanish too (issue 18, item 9)
    await expect(page.locator('#figure-1-1')).toHaveAccessibleName(/^Figura 1\.1 · \S/);
    await expect(page.locator('#figure-1-1 figure#product')).toHaveCount(1);
    // Issue 18, bug 2: built without SITE_URL, the address is the page's own once the block opens or the link is used.
    const here = `${new URL(page.url()).origin}${BASE}es/problem/`;
    const citeBlock = page.locator('details.cite-page');
    await citeBlock.locator('summary').click();
    const bibUrl = (await citeBlock.locator('code').textContent())?.match(/\\url\{([^}]*)\}/)?.[1];
    expect(bibUrl).toBe(process.env.SITE_URL ? new URL(`${BASE}es/problem/`, process.env.SITE_URL).href : here);
    const report = page.locator('.report-error a');
    await report.focus();
    const body = new URL((await report.getAttribute('href')) ?? '').searchParams.get('body') ?? '';
    expect(body.startsWith(process.env.SITE_URL ? new URL(`${BASE}es/problem/`, process.env.SITE_URL).href : here)).toBe(true);
    const cite = page.locator('.cite a[data-cite="glorot2010"]').first();
    const tip = page.locator(`#${await cite.getAttribute('aria-describedby')}`);
    await expect(tip).toBeHidden();
    await cite.focus();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText(formatReference('glorot2010', CHAPTERS.es.and));
    await expect(cite).toHaveAccessibleDescription(formatReference('glorot2010', CHAPTERS.es.and));
    await cite.blur();
    await expect(tip).toBeHidden();
    await cite.hover();
    await expect(tip).toBeVisible();
    expect(BIBLIOGRAPHY.glorot2010.url).toBeTruthy();
  });

  test('Escape closes a citation tooltip where it stands, and it shows again on the next hover or focus', async ({ page }) => {
    await page.goto('es/problem/');
    const cite = page.locator('.cite a[data-cite="glorot2010"]').first();
    const tip = page.locator(`#${await cite.getAttribute('aria-describedby')}`);
    await cite.hover();
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();                 // the pointer has not moved
    await page.mouse.move(0, 0);
    await cite.hover();
    await expect(tip).toBeVisible();
    await cite.focus();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(cite).toBeFocused();               // the focus stays on the citation
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(cite).toBeFocused();
    await expect(tip).toBeVisible();
  });

  test('following a citation lands on its reference', async ({ page }) => {
    await page.goto('en/solutions/');
    await page.locator('.cite a[data-cite="ioffe2015"]').first().click();
    await expect(page).toHaveURL(/#ref-ioffe2015$/);
    await expect(page.locator('#ref-ioffe2015')).toBeInViewport();
  });

  test('a "try it" answer stays hidden until the reader opens it; printed, no button but every address', async ({ page }) => {
    await page.goto('en/problem/');
    await hydrateIsland(page, 'product');
    await page.emulateMedia({ media: 'print' });
    // printed, each figure keeps its number and title, each exercise its number
    await expect(page.locator('#figure-1-1 .figure-frame__label')).toBeVisible();
    await expect(page.locator('#figure-1-1')).toHaveAccessibleName(/^Figure 1\.1 · \S/);
    await expect(page.locator('#try-depth-30')).toHaveAccessibleName(/^Exercise 1\.1 · Try it$/i);
    const shown = await page.locator('article').evaluate((a) => [...a.querySelectorAll('button, summary, .kit-toolbar, input[type=range]')]
      .filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 100)));
    expect(shown, 'printed buttons, toolbars, disclosures or sliders').toEqual([]);
    const select = page.locator('#product select').first();
    await expect(select, 'a select prints its value').toBeVisible();
    expect(await select.evaluate((s) => getComputedStyle(s).appearance), 'as plain text').toBe('none');
    for (const link of await page.locator('article a.try-it__link').all()) {
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      expect(href).toMatch(/^https?:\/\/[^/]+\/.*\?.+#/);
      expect(await link.evaluate((a) => getComputedStyle(a, '::after').content), 'the exercise prints its address').toBe(JSON.stringify(href));
    }
    expect(await page.locator('figure#product').evaluate((f) => getComputedStyle(f).breakInside),
      'a tall figure may break between its parts (no near-blank page before it)').not.toBe('avoid');
    await page.emulateMedia({ media: 'screen' });
    const box = page.locator('#try-depth-30');
    const answer = box.locator('.try-it__answer-body');
    await expect(answer).toBeHidden();
    await box.getByText(CHAPTERS.en.answer, { exact: true }).click();
    await expect(answer).toBeVisible();
    await expect(answer).toContainText('0.6');
  });

  test('a "try it" link opens the product island in the linked state, in place, and Back returns to the exercise; a lesson link hides the answers', async ({ page }) => {
    // a lesson link that hides the answers (issue 18, bug 6); the exercise link keeps it (bug 3)
    await page.goto('en/problem/?lesson.hide=answers');
    await expect(page.locator('#try-depth-30 .try-it__answer')).toBeHidden();
    await expect(page.locator('.try-it__answer')).toHaveCount(await page.locator('.try-it').count());
    for (const a of await page.locator('.try-it__answer').all()) await expect(a).toBeHidden();
    const link = page.locator('#try-depth-30 a.try-it__link');
    // without JavaScript this is an ordinary link to the state
    expect(await link.getAttribute('href')).toMatch(/\?product\.depth=30&product\.activation=sigmoid#product$/);
    await link.scrollIntoViewIfNeeded();
    await page.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });
    await link.click();
    await expect(page).toHaveURL(/\?lesson\.hide=answers&product\.depth=30(&product\.activation=sigmoid)?#product$/);
    await expect(page.locator('figure#product')).toBeInViewport();
    // the figure lands below the header with its number and title still in view
    await expect(page.locator('#figure-1-1 .figure-frame__label')).toBeInViewport();
    await hydrateIsland(page, 'product');
    await expect(page.locator('#product input[type="range"]').first()).toHaveValue('30');
    await expect(page.locator('#product select').first()).toHaveValue('sigmoid');
    // the same document (no reload), and a lesson page offers no lesson-link builder
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await expect(page.locator('#product [data-testid=lesson-builder]')).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/problem\/\?lesson\.hide=answers$/);
    await expect(page.locator('#try-depth-30')).toBeInViewport();
    await expect(page.locator('#product input[type="range"]').first()).toHaveValue(String(PRODUCT_CODEC.defaults().depth));
  });
});
