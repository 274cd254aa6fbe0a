// The "gradient components" island (the lecture's figure) in both languages, against the built site.
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { COMPONENTS_CODEC } from '../../../src/sims/components/state';
import { componentsModel } from '../../../src/sims/components/model';
import { captionText } from '../../../src/sims/components/caption';
import { COMPONENTS_I18N } from '../../../src/i18n/components';

/** Scroll the figure into view (client:visible) and wait until its island has hydrated and drawn live.
 *  (The figure itself, not <astro-island>: the island element is display: contents and has no box.) */
async function hydrateIsland(page: Page, id: string): Promise<void> {
  await page.locator(`figure#${id}`).scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:has(figure#${id})`)).not.toHaveAttribute('ssr');
  await expect(page.locator(`figure#${id} .live svg`)).toHaveCount(1);
}

const LANGS = ['es', 'en'] as const;
const fig = 'figure#components';
const liveSvg = `${fig} .live svg`;
const caption = `${fig} [data-testid=caption]`;

for (const lang of LANGS) {
  test.describe(`components island (${lang})`, () => {
    test('the depth slider changes the chart, the caption and the URL', async ({ page }) => {
      await page.goto(`${lang}/problem/`);
      await hydrateIsland(page, 'components');
      await expect(page.locator(liveSvg)).toHaveCount(1);
      const before = await page.locator(liveSvg).innerHTML();
      await expect(page.locator(caption)).toContainText('L = 10');
      await page.locator(`${fig} input[type=range]`).fill('30');
      await expect(page).toHaveURL(/components\.depth=30/);
      await expect(page.locator(caption)).toContainText('L = 30');
      await expect(page.locator(caption)).toContainText(lang === 'es' ? 'capa 31' : 'layer 31');
      expect(await page.locator(liveSvg).innerHTML()).not.toBe(before);
      // by keyboard (issue 17, item 7): End goes to the deepest network, ArrowLeft one layer back; the caption
      // is the polite live region that announces the result
      const slider = page.locator(`${fig} input[type=range]`);
      await slider.focus();
      await page.keyboard.press('End');
      const max = await slider.getAttribute('max');
      await expect(page).toHaveURL(new RegExp(`components\\.depth=${max}`));
      await page.keyboard.press('ArrowLeft');
      await expect(page).toHaveURL(new RegExp(`components\\.depth=${Number(max) - 1}(&|#|$)`));
      await expect(page.locator(caption)).toHaveAttribute('aria-live', 'polite');
      await expect(page.locator(caption)).toContainText(`L = ${Number(max) - 1}`);
      // changed correctly (issue 17, item 6): the caption is the model's, run here for that depth
      const model = componentsModel({ ...COMPONENTS_CODEC.defaults(), depth: Number(max) - 1 });
      await expect(page.locator(caption)).toHaveText(captionText(model, COMPONENTS_I18N[lang]));
    });

    test('the activation menu changes the chart and the URL', async ({ page }) => {
      await page.goto(`${lang}/problem/`);
      await hydrateIsland(page, 'components');
      const before = await page.locator(liveSvg).innerHTML();
      await page.locator(`${fig} select`).first().selectOption('relu');
      await expect(page).toHaveURL(/components\.activation=relu/);
      await expect.poll(() => page.locator(liveSvg).innerHTML()).not.toBe(before);
      // The chart is merged in place at each step and drawn with Plot's tip only while a pointer is over it
      // (issue 11): the tip shows the state on screen, also after a step taken with the pointer away.
      const t = COMPONENTS_I18N[lang];
      const tipSays = async (depth: number) => {
        const box = (await page.locator(liveSvg).boundingBox())!;
        await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5);
        await page.mouse.move(box.x + box.width * 0.82, box.y + box.height * 0.5);
        const tip = page.locator(`${liveSvg} g[aria-label=tip]`);
        await expect(tip).toContainText(/median/);
        const lines = (await tip.locator('tspan').allTextContents()).map((l) => l.replace(/\u200b/g, '').trim());
        const layer = Number(/:\s*(\d+)$/.exec(lines.find((l) => l.startsWith(t.chart.x)) ?? '')?.[1]);
        const model = componentsModel({ ...COMPONENTS_CODEC.defaults(), activation: 'relu', depth });
        const q = (lines.includes(t.chart.grads) ? model.grads : model.weights).find((r) => r.layer === layer);
        expect(q, `the tip names a layer of the depth-${depth} network: ${lines.join(' | ')}`).toBeDefined();
        expect(lines).toContain(`median ${q!.median.toExponential(2)}`);
        await page.mouse.move(0, 0);
      };
      await tipSays(COMPONENTS_CODEC.defaults().depth);
      const slider = page.locator(`${fig} input[type=range]`);
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`components\\.depth=${COMPONENTS_CODEC.defaults().depth + 1}(&|#|$)`));
      await tipSays(COMPONENTS_CODEC.defaults().depth + 1);
    });

    test('a deep link restores the state, seed included', async ({ page }) => {
      await page.goto(`${lang}/problem/?components.depth=25&components.activation=tanh&components.init=xavier-normal&components.seed=7#components`);
      await hydrateIsland(page, 'components');
      await expect(page.locator(`${fig} select`).first()).toHaveValue('tanh');
      await expect(page.locator(`${fig} select`).nth(1)).toHaveValue('xavier-normal');
      await expect(page.locator(`${fig} input[type=number]`)).toHaveValue('7');
      await expect(page.locator(caption)).toContainText('L = 25');
      await expect(page.getByTestId('notice')).toHaveCount(0);
    });

    test('a malformed deep link shows a notice and a valid chart', async ({ page }) => {
      await page.goto(`${lang}/problem/?components.depth=abc&components.activation=banana&components.seed=-3#components`);
      await hydrateIsland(page, 'components');
      await expect(page.getByTestId('notice')).toBeVisible();
      await expect(page.getByTestId('notice')).toContainText('components.depth');
      await expect(page.locator(liveSvg)).toHaveAttribute('role', 'img');
      await expect(page.locator(caption)).toContainText('L = 10');
      await expect(page.locator(`${fig} select`).first()).toHaveValue('sigmoid');
    });

    test('"show data" lists per-layer quantiles for both panels', async ({ page }) => {
      await page.goto(`${lang}/problem/?components.depth=4`);
      await hydrateIsland(page, 'components');
      // The data table follows the figure (the figure ends with its caption).
      await page.locator(`${fig} ~ .kit-data summary`).click();
      // 5 layers (4 hidden + output) × 2 panels
      await expect(page.locator(`${fig} ~ .kit-data tbody tr`)).toHaveCount(10);
    });
  });
}

test.describe('components island without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the static SVG and a caption from the default state', async ({ page }) => {
    await page.goto('en/problem/');
    const svg = page.locator(`${fig} svg[role=img]`).first();
    await expect(svg).toBeVisible();
    // whiskers and boxes: one path per panel, coloured by a gradient defined in the same SVG
    await expect(svg.locator('g[aria-label="rule"] path')).toHaveCount(4);
    await expect(svg.locator('linearGradient stop')).not.toHaveCount(0);
    await expect(page.locator(caption)).toContainText('L = 10');
  });
});
