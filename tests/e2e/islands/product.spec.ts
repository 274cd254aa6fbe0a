// The product island (equation (4)) in both languages, against the built site.
import { test, expect } from '../helpers/fixtures';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { KIT } from '../../../src/i18n/kit';
import { PRODUCT_CODEC } from '../../../src/sims/product/state';
import { productModel } from '../../../src/sims/product/model';
import { formatLog10 } from '../../../src/sims/product/format';
import { PRODUCT_I18N } from '../../../src/i18n/product';

const LANGS = ['es', 'en'] as const;
const fig = 'figure#product';
const liveSvg = `${fig} .live svg`;

/** Scroll the figure into view (client:visible), then wait until it has read the URL and drawn live. */
async function ready(page: Page): Promise<void> {
  await page.locator(fig).scrollIntoViewIfNeeded();
  await expect(page.locator(`${fig}[data-ready=true]`)).toHaveCount(1);
  await expect(page.locator(liveSvg)).toHaveCount(1);
}

for (const lang of LANGS) {
  test.describe(`product island (${lang})`, () => {
    test('the depth slider changes the chart and the URL', async ({ page }) => {
      await page.goto(`${lang}/problem/`);
      await ready(page);
      await expect(page.locator(liveSvg)).toHaveCount(1);
      const before = await page.locator(liveSvg).innerHTML();
      const bigBefore = await page.getByTestId('product-first').textContent();
      await page.locator(`${fig} input[type=range]`).first().fill('45');
      await expect(page).toHaveURL(/product\.depth=45/);
      expect(await page.locator(liveSvg).innerHTML()).not.toBe(before);
      expect(await page.getByTestId('product-first').textContent()).not.toBe(bigBefore);
      await expect(page.getByTestId('product-caption')).toContainText('L = 45');
      // by keyboard (issue 17, item 7): one layer deeper; the equation panel is the polite live region
      const eq = page.getByTestId('product-equation');
      await expect(eq).toHaveAttribute('aria-live', 'polite');
      const eqBefore = await eq.innerText();
      await page.locator(`${fig} input[type=range]`).first().focus();
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/product\.depth=46(&|#|$)/);
      await expect(page.getByTestId('product-caption')).toContainText('L = 46');
      await expect.poll(() => eq.innerText()).not.toBe(eqBefore);
      // changed correctly (issue 17, item 6): the big number is the model's product at layer 1 for depth 46,
      // run here, and the chart's product line has one vertex per layer
      const model = productModel({ ...PRODUCT_CODEC.defaults(), depth: 46 });
      await expect(page.getByTestId('product-first').locator('.value')).toHaveText(formatLog10(model.first.log10Product));
      await expect.poll(() => page.locator(`${liveSvg} g[aria-label=line][stroke-width="2"] path`)
        .first().getAttribute('d').then((d) => (d ?? '').split(/[ML]/).filter(Boolean).length)).toBe(46);
      // the figure downloads as a slide (issue 18, item 10): a 1920 × 1080 PNG; an SVG with the figure's title,
      // the state and the deep link, every colour written out
      const kit = KIT[lang];
      await page.locator(fig).getByText(kit.download, { exact: true }).click();
      const save = async (name: string) => {
        const [file] = await Promise.all([page.waitForEvent('download'), page.locator(fig).getByRole('button', { name, exact: true }).click()]);
        return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
      };
      const png = await save(kit.downloadPng);
      expect(png.name).toMatch(/^product-\d{4}-\d\d-\d\d\.png$/);
      expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
      const svg = await save(kit.downloadSvg);
      expect(svg.name).toMatch(/^product-\d{4}-\d\d-\d\d\.svg$/);
      const text = svg.bytes.toString('utf8');
      const title = await page.locator(fig).evaluate((f) => (f.closest('.figure-frame')?.querySelector('.figure-frame__label')?.textContent
        ?? f.querySelector('figcaption strong')?.textContent ?? document.title).replace(/\s+/g, ' ').trim());
      expect(text).toContain(`<title>${title}</title>`);
      expect(text).toMatch(/^<svg[^>]* width="1920" height="1080"/);
      expect(text).toContain(`${PRODUCT_I18N[lang].depth.replace(/\s*\(.*\)/, '')}: 46`);
      expect(text).toContain('product.depth=46');
      expect(text).not.toMatch(/var\(|currentcolor|color-mix|light-dark/i);
      // the table's downloads come from the same script, loaded with the first download
      const csv = await save(kit.downloadCsv);
      expect(csv.name).toMatch(/^product-\d{4}-\d\d-\d\d\.csv$/);
      expect(csv.bytes.toString('utf8').trim().split('\n')).toHaveLength(1 + 46);
    });

    test('a deep link restores the state, seed included; a lesson link holds it (issue 18, bugs 1 and 6)', async ({ page }) => {
      // a lesson link: seed and focused layer locked, the walk-through hidden
      await page.goto(`${lang}/problem/?product.depth=40&product.activation=tanh&product.seed=7&product.layer=4`
        + '&product.lock=seed,layer&product.hide=walk#product');
      await ready(page);
      await expect(page.locator(`${fig} select`).first()).toHaveValue('tanh');
      const seed = page.locator(`${fig} input[type=number]`);
      await expect(seed).toHaveValue('7');
      await expect(page.getByTestId('product-caption')).toContainText('L = 40');
      await expect(page.getByTestId('notice')).toHaveCount(0);
      // locked: the seed box and "new seed" are disabled, the layer slider too, the walk-through is gone,
      // and the page offers no lesson-link builder
      const kit = KIT[lang];
      await expect(seed).toBeDisabled();
      const newSeed = page.locator(fig).getByRole('button', { name: kit.newSeed, exact: true });
      await expect(newSeed).toBeDisabled();
      await expect(page.locator(`${fig} .layer input`)).toBeDisabled();
      await expect(page.locator(`${fig} .layer input`)).toHaveValue('4');
      await expect(page.getByTestId('product-equation')).toHaveAttribute('data-layer', '4');
      await expect(page.locator(`${fig} .step`)).toHaveCount(0);
      await expect(page.locator(`${fig} [data-testid=lesson-builder]`)).toHaveCount(0);
      // "new seed" even when forced (a script clicking the disabled button), then reset, then a free control:
      // the seed and the layer stay as the lesson set them
      await newSeed.evaluate((b) => { (b as HTMLButtonElement).disabled = false; (b as HTMLButtonElement).click(); });
      await page.locator(fig).getByRole('button', { name: kit.reset, exact: true }).click();
      await page.locator(`${fig} input[type=range]`).first().fill('45');
      await expect(page).toHaveURL(/product\.depth=45/);
      expect(new URL(page.url()).searchParams.get('product.seed')).toBe('7');
      expect(new URL(page.url()).searchParams.get('product.layer')).toBe('4');
      await expect(seed).toHaveValue('7');
      await expect(page.getByTestId('product-equation')).toHaveAttribute('data-layer', '4');
    });

    test('a malformed deep link shows a notice and a valid chart', async ({ page }) => {
      await page.goto(`${lang}/problem/?product.depth=abc&product.activation=swishy&product.sigmaW=99#product`);
      await ready(page);
      await expect(page.getByTestId('notice')).toBeVisible();
      await expect(page.getByTestId('notice')).toContainText('product.depth');
      await expect(page.locator(liveSvg)).toHaveAttribute('role', 'img');
      await expect(page.getByTestId('product-caption')).toContainText('L = 20');
      await expect(page.locator(`${fig} .slider-value`).nth(1)).toHaveText('4.00');
    });

    test('the lesson goal confirms the smallest depth where float32 holds 0', async ({ page }) => {
      // up to 40 depth steps between 61 and 100, each a new network at that depth (and its depth − 1 for the goal)
      test.setTimeout(150_000);
      await page.goto(`${lang}/problem/?product.depth=60&product.goal=float32-zero#product`);
      await ready(page);
      const goal = page.getByTestId('product-goal');
      await expect(goal).not.toHaveClass(/done/);
      const slider = page.locator(`${fig} input[type=range]`).first();
      let found = 0;
      for (let depth = 61; depth <= 100 && !found; depth++) {
        await slider.fill(String(depth));
        await expect(page.getByTestId('product-caption')).toContainText(`L = ${depth}`);
        if (await goal.evaluate((el) => el.classList.contains('done'))) found = depth;
      }
      expect(found).toBeGreaterThan(60);
      await expect(page.getByTestId('product-first')).toHaveAttribute('data-kind', 'zero');
      await slider.fill(String(found - 1));
      await expect(page.getByTestId('product-first')).not.toHaveAttribute('data-kind', 'zero');
      await expect(goal).not.toHaveClass(/done/);
    });

    test('the layer slider and the step-through show eq. (3) for one layer', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${lang}/problem/?product.depth=12#product`);
      await ready(page);
      const eq = page.getByTestId('product-equation');
      await page.locator(`${fig} .layer input`).fill('5');
      await expect(eq).toHaveAttribute('data-layer', '5');
      // eq. (3) is KaTeX's (HTML for the eye, MathML for screen readers) with l = 5 and l + 1 = 6 filled in
      const eq3 = eq.locator('.display .katex');
      await expect(eq3.locator('.katex-html')).toHaveAttribute('aria-hidden', 'true');
      await expect(eq3.locator('.katex-mathml mn')).toHaveText(['5', '6', '5', '5']);
      await expect(eq3.locator('.katex-html')).toContainText('Δ(5)=Δ(6)');
      await page.locator(`${fig} .step button`).first().click();
      await expect(eq).toHaveAttribute('data-layer', '12');
      await page.locator(`${fig} .step button`).nth(1).click();
      await expect(eq).toHaveAttribute('data-layer', '11');
    });
  });
}

test.describe('product island without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the static SVG and a caption from the default state', async ({ page }) => {
    await page.goto('es/problem/');
    const svg = page.locator(`${fig} svg[role=img]`).first();
    await expect(svg).toBeVisible();
    await expect(page.getByTestId('product-caption')).toContainText('L = 20');
  });
});
