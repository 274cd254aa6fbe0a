// The "exploding gradients" island in both languages, against the built site.
import { test, expect, hydrateIsland } from '../helpers/fixtures';
import { EXPLODING_CODEC } from '../../../src/sims/exploding/state';
import { computeExploding } from '../../../src/sims/exploding/model';
import { explodingFacts } from '../../../src/sims/exploding/caption';

const LANGS = ['es', 'en'] as const;
const fig = 'figure#exploding';
const liveSvg = `${fig} .live svg`;
const caption = `${fig} [data-testid=caption]`;

for (const lang of LANGS) {
  test.describe(`exploding island (${lang})`, () => {
    test('the initialiser tames the explosion: chart, caption and URL change', async ({ page }) => {
      await page.goto(`${lang}/final-note/`);
      await hydrateIsland(page, 'exploding');
      await expect(page.locator(liveSvg)).toHaveCount(1);
      await expect(page.locator(caption)).toContainText('χ₁ = 2.00 > 1');
      const before = await page.locator(liveSvg).innerHTML();
      await page.locator(`${fig} input[name=exploding-init][value=he-normal]`).check();
      await expect(page).toHaveURL(/exploding\.init=he-normal/);
      await expect.poll(() => page.locator(liveSvg).innerHTML()).not.toBe(before);
      await expect(page.locator(caption)).toContainText('χ₁ = 1.00 ≈ 1');
    });

    test('clipping shows the capped step and keeps the direction', async ({ page }) => {
      await page.goto(`${lang}/final-note/`);
      await hydrateIsland(page, 'exploding');
      await page.locator(`${fig} fieldset input[type=checkbox]`).check();
      await expect(page).toHaveURL(/exploding\.clip=1/);
      await expect(page.getByTestId('exploding-clipped')).toHaveText('1');
      await expect(page.locator(caption)).toContainText(lang === 'es' ? 'coseno 1.0000' : 'cosine 1.0000');
      // by keyboard (issue 17, item 7): σ_w one step down; the caption is the polite live region
      const sigma = page.locator(`${fig} label`).filter({ hasText: /^\s*σw/ }).locator('input[type=range]');
      await sigma.focus();
      const s0 = Number(await sigma.inputValue());
      await page.keyboard.press('ArrowLeft');
      const s1 = Number(await sigma.inputValue());
      expect(s1).toBeLessThan(s0);
      await expect(page).toHaveURL(new RegExp(`exploding\\.sigmaW=${s1}(&|#|$)`));
      await expect(page.locator(caption)).toHaveAttribute('aria-live', 'polite');
      await expect(page.locator(caption)).toContainText(`σw = ${s1}`);
      // changed correctly (issue 17, item 6): the read-out's numbers are the model's for this state, run here
      const f = explodingFacts(computeExploding(EXPLODING_CODEC.normalize({ ...EXPLODING_CODEC.defaults(), clip: 1, sigmaW: s1 })));
      await expect(page.getByTestId('exploding-delta1')).toHaveText(f.deltaFirst);
      await expect(page.getByTestId('exploding-product')).toHaveText(f.product);
    });

    test('a deep link to a float32 overflow shows NaN, labelled, with a valid chart', async ({ page }) => {
      await page.goto(`${lang}/final-note/?exploding.depth=100&exploding.sigmaW=3&exploding.seed=1#exploding`);
      await hydrateIsland(page, 'exploding');
      await expect(page.getByTestId('exploding-delta1')).toHaveText('NaN');
      await expect(page.locator(liveSvg)).toHaveAttribute('role', 'img');
      await expect(page.locator(`${fig} input[type=number]`)).toHaveValue('1');
      await expect(page.getByTestId('notice')).toHaveCount(0);
    });

    test('a malformed deep link shows a notice and a valid chart', async ({ page }) => {
      await page.goto(`${lang}/final-note/?exploding.sigmaW=lots&exploding.activation=banana&exploding.depth=10000#exploding`);
      await hydrateIsland(page, 'exploding');
      await expect(page.getByTestId('notice')).toBeVisible();
      await expect(page.getByTestId('notice')).toContainText('exploding.depth');
      await expect(page.locator(`${fig} input[type=range]`).first()).toHaveValue('100');
      await expect(page.locator(liveSvg)).toHaveAttribute('role', 'img');
    });
  });
}

test.describe('exploding without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page shows the static SVG and the caption with its numbers', async ({ page }) => {
    await page.goto('en/final-note/');
    await expect(page.locator(`${fig} svg[role=img]`)).toHaveCount(1);
    await expect(page.locator(caption)).toContainText('The gradient explodes toward the input');
  });
});
