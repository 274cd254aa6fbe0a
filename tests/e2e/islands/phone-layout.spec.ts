// Laid out for a phone: at 360 × 740 and 390 × 844, a reader who scrolls an island's chart to the top of the
// screen (just under the sticky header) sees the whole chart and its primary control(s) together, without
// scrolling, and each primary control is a touch target at least 44 px tall; no page scrolls sideways.
// One page load per chapter checks all of its islands, and in the same load that every link and control of the
// header and the article is a tap target of at least 24 × 24 px, and that each display equation fits the column
// or is a named scroll region the keyboard can scroll (issue 18). The chapter menu opens from the sticky header
// deep in a chapter, lists the chapter's sections, closes with Escape, and a late anchor chosen in it lands in view.
import { test, expect, type Locator, type Page } from '../helpers/fixtures';
import { smallTargets } from '../helpers/targets';
import { ACTIVATIONS_I18N } from '../../../src/i18n/activations';
import { COMPONENTS_I18N } from '../../../src/i18n/components';
import { EXPLODING_I18N } from '../../../src/i18n/exploding';
import { PRECISION_I18N } from '../../../src/i18n/precision';
import { PHASE_I18N } from '../../../src/i18n/phase';
import { RECURRENT_I18N } from '../../../src/i18n/recurrent';
import { shownText } from '../helpers/shown-text';
import { PRODUCT_I18N } from '../../../src/i18n/product';
import { REMEDIES_I18N } from '../../../src/i18n/remedies';

type Lang = 'es' | 'en';
/** A slider found by the text of its label (works whatever the order of the controls in the figure). */
const slider = (text: string) => (fig: Locator) => fig.locator('label', { hasText: shownText(text) }).locator('input[type=range]');

interface Island {
  id: string;
  /** The chart the reader watches (inside the figure). */
  chart: string;
  /** The primary control(s): what the reader moves while watching the chart. */
  controls: (lang: Lang) => Record<string, (fig: Locator) => Locator>;
  /** What shows the chart is drawn (default: its live SVG; the memory island shows its build-time run until "train"). */
  drawn?: string;
}

const CHAPTERS: Record<string, Island[]> = {
  problem: [
    { id: 'product', chart: '.kit-chart', controls: (l) => ({ depth: slider(PRODUCT_I18N[l].depth), sigmaW: slider(PRODUCT_I18N[l].sigmaW) }) },
    { id: 'activations', chart: '.kit-chart', controls: (l) => ({ fn: (fig) => fig.getByLabel(ACTIVATIONS_I18N[l].fnLabel) }) },
    { id: 'components', chart: '.kit-chart', controls: (l) => ({ depth: slider(COMPONENTS_I18N[l].depth) }) },
  ],
  solutions: [
    { id: 'remedies', chart: '.kit-chart', controls: (l) => ({ depth: slider(REMEDIES_I18N[l].depth) }) },
    { id: 'train', chart: '.boundary .kit-chart', controls: () => ({ play: (fig) => fig.getByTestId('train-play') }) },
  ],
  'final-note': [
    { id: 'exploding', chart: '.kit-chart', controls: (l) => ({ sigmaW: slider(EXPLODING_I18N[l].sigmaW), depth: slider(EXPLODING_I18N[l].depth) }) },
  ],
  further: [
    { id: 'precision', chart: '.kit-chart', controls: (l) => ({ scale: slider(PRECISION_I18N[l].scale), depth: slider(PRECISION_I18N[l].depth) }) },
    { id: 'phase', chart: '.kit-chart', controls: (l) => ({ view: (fig) => fig.locator('fieldset', { hasText: PHASE_I18N[l].view }) }) },
    { id: 'recurrent', chart: '.kit-chart', controls: (l) => ({ seqLen: slider(RECURRENT_I18N[l].seqLen) }) },
    { id: 'memory', chart: '.memory-loss', drawn: 'svg[role="img"]', controls: () => ({ play: (fig) => fig.getByTestId('train-play') }) },
  ],
};

/** 360 × 740 in both languages (Spanish labels are longer), 390 × 844 in one. */
const CASES = [
  { width: 360, height: 740, lang: 'es' as const },
  { width: 360, height: 740, lang: 'en' as const },
  { width: 390, height: 844, lang: 'en' as const },
];

interface Box { x: number; y: number; width: number; height: number }
const fmt = (b: Box) => `x ${b.x.toFixed(0)}, y ${b.y.toFixed(0)}, ${b.width.toFixed(0)} × ${b.height.toFixed(0)}`;

/** The bottom edge of the sticky site header: content above it is hidden from the reader. */
const headerBottom = (page: Page) => page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().bottom);

/** Scroll as a reader would: the chart's top a few pixels under the sticky header. */
async function scrollChartToTop(page: Page, chart: Locator): Promise<void> {
  const top = await headerBottom(page);
  await chart.evaluate((el, t) => window.scrollBy(0, el.getBoundingClientRect().top - t - 8), top);
  // Two frames: layout settles (hydration, content-visibility) before the boxes are read.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

function expectOnScreen(what: string, b: Box | null, view: { width: number; height: number }, top: number): void {
  expect(b, `${what} has a box`).not.toBeNull();
  const box = b as Box;
  const msg = `${what} (${fmt(box)}) within the screen below the header (y ${top.toFixed(0)} … ${view.height}, x 0 … ${view.width})`;
  expect(box.y >= top - 0.5 && box.y + box.height <= view.height + 0.5 && box.x >= -0.5 && box.x + box.width <= view.width + 0.5, msg)
    .toBe(true);
}

/** Each display equation either fits the column, or is a focusable scroll region with a name that shows it
 *  scrolls (a shadow on its side), and the keyboard scrolls it. */
async function expectEquationsFitOrScroll(page: Page): Promise<void> {
  const equations = page.locator('article .katex-display');
  const n = await equations.count();
  for (let i = 0; i < n; i++) {
    const eq = equations.nth(i);
    await eq.scrollIntoViewIfNeeded();
    // marked once laid out on screen (a ResizeObserver, WideEquations.astro)
    await expect.poll(() => eq.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 || el.getAttribute('tabindex') === '0'),
      { message: `equation ${i + 1} fits or is marked as scrolling` }).toBe(true);
    const wide = await eq.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    if (!wide) continue;
    await expect(eq, `equation ${i + 1} scrolls: a named group`).toHaveAttribute('role', 'group');
    await expect(eq).toHaveAccessibleName(/.+/);
    expect(await eq.evaluate((el) => getComputedStyle(el).backgroundImage), `equation ${i + 1}: scroll shadows`).toContain('gradient');
    await eq.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => eq.evaluate((el) => el.scrollLeft), { message: `equation ${i + 1} scrolls from the keyboard` })
      .toBeGreaterThan(0);
    await eq.evaluate((el) => { el.scrollLeft = 0; });
  }
}

for (const { width, height, lang } of CASES) {
  test.describe(`phone layout ${width} × ${height} (${lang})`, () => {
    test.use({ viewport: { width, height }, hasTouch: true });

    for (const [chapter, islands] of Object.entries(CHAPTERS)) {
      test(`${chapter}: each island's chart and primary control fit on screen together`, async ({ page }) => {
        await page.goto(`${lang}/${chapter}/`);
        for (const island of islands) {
          const fig = page.locator(`figure#${island.id}`);
          const chart = fig.locator(island.chart).first();
          await fig.scrollIntoViewIfNeeded();
          await expect(page.locator(`astro-island:has(figure#${island.id})`)).not.toHaveAttribute('ssr');
          await expect(chart.locator(island.drawn ?? '.live svg').first()).toBeVisible();
          await scrollChartToTop(page, chart);
          const top = await headerBottom(page);
          expectOnScreen(`${island.id}: chart`, await chart.boundingBox(), { width, height }, top);
          for (const [name, find] of Object.entries(island.controls(lang))) {
            const control = find(fig);
            await expect(control, `${island.id}: ${name} is shown`).toBeVisible();
            const box = await control.boundingBox();
            expectOnScreen(`${island.id}: ${name}`, box, { width, height }, top);
            expect(box!.height, `${island.id}: ${name} is at least 44 px tall`).toBeGreaterThanOrEqual(44);
          }
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'the page does not scroll sideways').toBeLessThanOrEqual(0);
        expect(await smallTargets(page), 'tap targets smaller than 24 × 24 px').toEqual([]);
        await expectEquationsFitOrScroll(page);
      });
    }
  });
}

// Chunks of a chapter without a live figure are skipped while off screen (content-visibility: auto, with an
// estimated height): a late anchor, by address or from the table of contents, must still land under the header.
test.describe('phone layout: anchors over skipped chunks', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a late anchor lands under the header, by address and from the chapter menu', async ({ page }) => {
    const landed = async (id: string) => {
      const top = await headerBottom(page);
      const heading = page.locator(`h2#${id}`);
      // It stays there while the chunks around it are drawn.
      for (const wait of [0, 800]) {
        await page.waitForTimeout(wait);
        const box = await heading.boundingBox();
        expect(box, `#${id} has a box`).not.toBeNull();
        expect(box!.y, `#${id} (y ${box!.y.toFixed(0)}) just under the header (${top.toFixed(0)})`).toBeGreaterThanOrEqual(top - 0.5);
        expect(box!.y, `#${id} (y ${box!.y.toFixed(0)}) near the top of the screen`).toBeLessThanOrEqual(top + 40);
      }
    };
    await page.goto('en/solutions/#summary');
    // The chunks before it are the kind the browser skips (else this test would prove nothing).
    const skippable = await page.locator('h2#summary').evaluate((h) => [...document.querySelectorAll('.prose > .chunk')]
      .filter((c) => c.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING && getComputedStyle(c).contentVisibility === 'auto').length);
    expect(skippable).toBeGreaterThan(3);
    await landed('summary');
    await page.goto('en/problem/');
    // Deep in the chapter, the menu is in the sticky header: a disclosure button listing the chapter's sections.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
    const button = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(menu).toBeVisible();
    const sections = await page.locator('article h2[id], article h3[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    expect(await menu.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(sections);
    await expect(menu.locator('a[aria-current="location"]'), 'the section being read is marked, in view').toHaveCount(1);
    await expect(menu.locator('a[aria-current="location"]')).toBeInViewport();
    const panel = await page.locator('#header-menu-panel').boundingBox();
    expect(panel!.y, 'the menu opens just under the header').toBeGreaterThanOrEqual(await headerBottom(page) - 1);
    await menu.locator('.toc a').first().focus();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button, 'Escape returns the focus to the menu button').toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await menu.locator('a[href$="#gradient-components"]').click();
    await expect(menu, 'a chosen link closes the menu').toBeHidden();
    await landed('gradient-components');
    await button.click();
    await menu.locator('a[href$="#summary"]').click();
    await landed('summary');
  });
});
