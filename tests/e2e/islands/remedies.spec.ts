// The "remedies side by side" island in both languages, against the built site.
import { test, expect, hydrateIsland } from '../helpers/fixtures';
import { REMEDIES_CODEC } from '../../../src/sims/remedies/state';
import { computeRemedies } from '../../../src/sims/remedies/model';
import { remediesFacts } from '../../../src/sims/remedies/caption';
import { REMEDIES_I18N } from '../../../src/i18n/remedies';
import { shownText } from '../helpers/shown-text';

const LANGS = ['es', 'en'] as const;
const fig = 'figure#remedies';
const liveSvg = `${fig} .live svg`;
const caption = `${fig} [data-testid=caption]`;

for (const lang of LANGS) {
  test.describe(`remedies island (${lang})`, () => {
    test('a preset changes the chart, the caption and the URL', async ({ page }) => {
      await page.goto(`${lang}/solutions/`);
      await hydrateIsland(page, 'remedies');
      await expect(page.locator(liveSvg)).toHaveCount(1);
      await expect(page.locator(caption)).toContainText('Yang et al. 2019');
      const before = await page.locator(liveSvg).innerHTML();
      await page.locator(`${fig} button[aria-pressed]`).last().click(); // ResNet
      await expect(page).toHaveURL(/remedies\.residual=identity/);
      await expect.poll(() => page.locator(liveSvg).innerHTML()).not.toBe(before);
      await expect(page.locator(caption)).not.toContainText('Yang et al. 2019');
      // by keyboard (issue 17, item 7): Home on the depth slider; the caption (polite live region) follows
      const slider = page.locator(`${fig} label.depth input[type=range]`);
      const min = await slider.getAttribute('min');
      const captionBefore = await page.locator(caption).innerText();
      await slider.focus();
      await page.keyboard.press('Home');
      await expect(page).toHaveURL(new RegExp(`remedies\\.depth=${min}(&|#|$)`));
      await expect(page.locator(caption)).toHaveAttribute('aria-live', 'polite');
      await expect.poll(() => page.locator(caption).innerText()).not.toBe(captionBefore);
      // changed correctly (issue 17, item 6): the caption is the model's for the state in the URL, run here
      const state = REMEDIES_CODEC.normalize(REMEDIES_CODEC.decode(new URL(page.url()).search).state);
      const t = REMEDIES_I18N[lang];
      await expect(page.locator(caption)).toHaveText(shownText(`${t.figureTitle} ${t.caption(remediesFacts(computeRemedies(state)))}`));
    });

    test('the skip-init choice is enabled only for a trainable skip matrix, and its caption is honest', async ({ page }) => {
      await page.goto(`${lang}/solutions/`);
      await hydrateIsland(page, 'remedies');
      const random = page.locator(`${fig} input[name=remedies-skip-init][value=random]`);
      await expect(random).toBeDisabled();
      await page.locator(`${fig} input[name=remedies-residual][value=trainable]`).check();
      await expect(random).toBeEnabled();
      await random.check();
      await expect(page).toHaveURL(/remedies\.skipInit=random/);
      await expect(page.locator(caption)).toContainText('+1', { timeout: 20_000 });
    });

    test('a deep link restores the state, seed included', async ({ page }) => {
      await page.goto(`${lang}/solutions/?remedies.depth=20&remedies.relu=0&remedies.batchNorm=0&remedies.residual=identity&remedies.seed=7#remedies`);
      await hydrateIsland(page, 'remedies');
      await expect(page.locator(`${fig} input[type=range]`)).toHaveValue('20');
      await expect(page.locator(`${fig} input[type=number]`)).toHaveValue('7');
      await expect(page.locator(`${fig} input[name=remedies-residual][value=identity]`)).toBeChecked();
      await expect(page.locator(caption)).toContainText(lang === 'es' ? 'profundidad 20' : 'depth 20');
      await expect(page.getByTestId('notice')).toHaveCount(0);
      // depth steps move the lines in place on a held axis (issue 11): across the axis growing (20 → 23) and
      // shrinking (→ 15), each line ends with one vertex per layer and each band with two, none left behind
      const slider = page.locator(`${fig} input[type=range]`);
      await slider.focus();
      for (const key of [...Array(3).fill('ArrowRight'), ...Array(8).fill('ArrowLeft')]) await page.keyboard.press(key);
      await expect(page).toHaveURL(/remedies\.depth=15(&|#|$)/);
      await expect(page.locator(caption)).toContainText(lang === 'es' ? 'profundidad 15' : 'depth 15');
      const vertices = (part: string) => page.locator(`${liveSvg} .vg-q-${part} > path`).getAttribute('d')
        .then((d) => (d ?? '').match(/[ML]/g)?.length ?? 0);
      for (const series of ['plain', 'remedied']) {
        await expect.poll(() => vertices(`${series}-line`)).toBe(15);
        await expect.poll(() => vertices(`${series}-band`)).toBe(30);
      }
    });

    test('a malformed deep link shows a notice and a valid chart', async ({ page }) => {
      await page.goto(`${lang}/solutions/?remedies.depth=abc&remedies.residual=banana&remedies.relu=maybe#remedies`);
      await hydrateIsland(page, 'remedies');
      await expect(page.getByTestId('notice')).toBeVisible();
      await expect(page.getByTestId('notice')).toContainText('remedies.depth');
      await expect(page.locator(liveSvg)).toHaveAttribute('role', 'img');
      await expect(page.locator(caption)).toContainText(lang === 'es' ? 'profundidad 50' : 'depth 50');
    });
  });
}

test.describe('remedies without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page shows the static SVG and the caption with its numbers', async ({ page }) => {
    await page.goto('en/solutions/');
    await expect(page.locator(`${fig} svg[role=img]`)).toHaveCount(1);
    await expect(page.locator(caption)).toContainText('larger than at layer 50');
  });
});
