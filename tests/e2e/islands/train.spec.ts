// The "train it" island in both languages, against the built site: training advances and pauses, controls
// change the chart and the URL, deep links restore (or fall back with a notice), and no-JS shows the figure.
import { test, expect, hydrateIsland, type Page } from '../helpers/fixtures';
import { TRAIN_I18N } from '../../../src/i18n/train';
import { TRAIN_CODEC } from '../../../src/sims/train/state';
import { TrainSession } from '../../../src/sims/train/model';
import { trainFacts } from '../../../src/sims/train/caption';

const LANGS = ['es', 'en'] as const;
const fig = 'figure#train';
const boundarySvg = `${fig} .boundary .live svg`;
const counter = `${fig} [data-testid=train-step-count]`;
const stepsShown = async (page: Page) => Number(await page.locator(counter).textContent());

for (const lang of LANGS) {
  const t = TRAIN_I18N[lang];
  test.describe(`train island (${lang})`, () => {
    test('training advances (step counter and loss change) and pauses (the counter stops)', async ({ page }) => {
      await page.goto(`${lang}/solutions/`);
      await hydrateIsland(page, 'train');
      await expect(page.getByTestId('train-play')).toBeEnabled();
      await expect(page.locator(counter)).toHaveText('0');
      await expect(page.locator(`${fig} [data-testid=train-loss]`)).toHaveText('—');
      // by keyboard (issue 17, item 7): Space starts, Enter pauses; one button, so focus stays on it
      const announce = page.locator(`${fig} [data-testid=train-announce]`);
      await expect(announce).toHaveAttribute('role', 'status');
      await expect(announce).toHaveText('');
      await page.getByTestId('train-play').focus();
      await page.keyboard.press('Space');
      await expect(announce).toHaveText(t.announcePlaying);
      await expect(page.locator(`${fig} [data-testid=train-caption]`)).toHaveAttribute('aria-live', 'off');
      await expect.poll(() => stepsShown(page), { timeout: 20_000 }).toBeGreaterThan(20);
      await expect(page.locator(`${fig} [data-testid=train-loss]`)).toHaveText(/^\d+\.\d{3}$/);
      await expect(page.locator(`${fig} .side .live svg[role=img]`)).toHaveCount(2);
      await expect(page.getByTestId('train-pause')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('train-play')).toBeVisible();
      const paused = await stepsShown(page);
      // what a screen reader hears on pausing: where training stopped, with the numbers the read-out shows
      await expect(announce).toContainText(String(paused));
      await expect(announce).toContainText(await page.locator(`${fig} [data-testid=train-loss]`).innerText());
      await expect(page.locator(`${fig} [data-testid=train-caption]`)).toHaveAttribute('aria-live', 'polite');
      await page.waitForTimeout(1500);
      expect(await stepsShown(page)).toBe(paused);
      await expect(page.locator(`${fig} [data-testid=train-caption]`)).toContainText(String(paused));
    });

    test('"one step" trains exactly one step; restart goes back to step 0', async ({ page }) => {
      await page.goto(`${lang}/solutions/`);
      await hydrateIsland(page, 'train');
      await page.getByTestId('train-step').click();
      await expect(page.locator(counter)).toHaveText('1');
      // changed correctly (issue 17, item 6): the read-out is what the model gives after one step of the
      // default network, run here (the same engine, its WebAssembly kernels, the same seed)
      const state = TRAIN_CODEC.defaults();
      const session = new TrainSession(state);
      session.train(1);
      const f = trainFacts(state, session.snapshot(true));
      await expect(page.locator(`${fig} [data-testid=train-loss]`)).toHaveText(f.loss!.toFixed(3));
      await expect(page.locator(`${fig} .readout`)).toContainText(`${f.accuracy} %`);
      await page.getByRole('button', { name: t.restart }).click();
      await expect(page.locator(counter)).toHaveText('0');
    });

    test('a control changes the boundary chart and the URL', async ({ page }) => {
      await page.goto(`${lang}/solutions/`);
      await hydrateIsland(page, 'train');
      await expect(page.locator(boundarySvg)).toHaveCount(1);
      const before = await page.locator(boundarySvg).innerHTML();
      await page.locator(fig).getByRole('combobox', { name: t.dataset }).selectOption('circles');
      await expect(page).toHaveURL(/train\.dataset=circles/);
      await expect.poll(() => page.locator(boundarySvg).innerHTML()).not.toBe(before);
      await page.getByRole('button', { name: t.presetNames['relu-bn'] }).click();
      await expect(page).toHaveURL(/train\.activation=relu/);
      await expect(page).toHaveURL(/train\.batchNorm=1/);
    });

    test('a deep link restores the state, seed included', async ({ page }) => {
      await page.goto(`${lang}/solutions/?train.dataset=xor&train.depth=8&train.activation=tanh&train.residual=identity&train.seed=5#train`);
      await hydrateIsland(page, 'train');
      await expect(page.locator(fig).getByRole('combobox', { name: t.dataset })).toHaveValue('xor');
      await expect(page.locator(fig).getByRole('combobox', { name: t.activation })).toHaveValue('tanh');
      await expect(page.locator(fig).getByRole('spinbutton', { name: t.seed })).toHaveValue('5');
      await expect(page.locator(`${fig} input[name=train-residual][value=identity]`)).toBeChecked();
      await expect(page.locator(`${fig} input[type=range]`).first()).toHaveValue('8');
      await expect(page.getByTestId('notice')).toHaveCount(0);
      await page.getByTestId('train-step').click();
      await expect(page.locator(counter)).toHaveText('1');
      await expect(page.locator(`${fig} .side .live svg[role=img]`).last()).toHaveAttribute('aria-label', /9/); // 8 hidden + output
    });

    test('a malformed deep link shows a notice and a valid chart', async ({ page }) => {
      await page.goto(`${lang}/solutions/?train.depth=abc&train.activation=banana&train.lr=-3&train.batchNorm=maybe#train`);
      await hydrateIsland(page, 'train');
      await expect(page.getByTestId('notice')).toBeVisible();
      await expect(page.getByTestId('notice')).toContainText('train.activation');
      await expect(page.locator(fig).getByRole('combobox', { name: t.activation })).toHaveValue('sigmoid');
      await expect(page.locator(boundarySvg)).toHaveAttribute('role', 'img');
      await page.getByTestId('train-step').click();
      await expect(page.locator(counter)).toHaveText('1');
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`the figure shows the static boundary of the default network, with its caption (${lang})`, async ({ page }) => {
      await page.goto(`${lang}/solutions/`);
      const svg = page.locator(`${fig} svg[role=img]`);
      await expect(svg).toHaveCount(1);
      await expect(svg).toBeVisible();
      await expect(svg.locator('g[aria-label=dot] *')).not.toHaveCount(0);
      await expect(page.locator(`${fig} figcaption`)).toContainText(TRAIN_I18N[lang].figureTitle);
      await expect(page.locator(`${fig} figcaption`)).toContainText('20');
    });
  }
});
