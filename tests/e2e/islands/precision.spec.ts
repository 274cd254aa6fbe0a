// The precision island (chapter "further", issue 14) against the built site: the keyboard moves the loss-scale
// slider, the chart redraws, the URL is written and the read-out is the model's for that state; the dynamic
// scaling walk steps; a deep link restores a state (both languages); without JavaScript the static SVG shows.
import { test, expect, hydrateIsland } from '../helpers/fixtures';
import { computePrecision, dynamicWalk } from '../../../src/sims/precision/model';
import { PRECISION_DEFAULTS } from '../../../src/sims/precision/defaults';
import { PRECISION_I18N } from '../../../src/i18n/precision';

const fig = 'figure#precision';
const liveSvg = `${fig} .live svg`;
const caption = `${fig} [data-testid=caption]`;

test('precision (es): the keyboard raises S, the zeros recede, the URL follows; the walk steps', async ({ page }) => {
  const t = PRECISION_I18N.es;
  await page.goto('es/further/');
  await hydrateIsland(page, 'precision');
  await expect(page.locator(liveSvg)).toHaveCount(1);
  const z0 = computePrecision(PRECISION_DEFAULTS).firstZeroLayer;
  await expect(page.getByTestId('precision-first-zero')).toHaveText(String(z0));
  await expect(page.locator(caption)).toContainText(`De la capa ${z0} hacia la entrada`);
  const before = await page.locator(liveSvg).innerHTML();
  const k = page.locator(`${fig} label`, { hasText: t.scale }).locator('input[type=range]');
  await k.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect(k).toHaveValue('8');
  await expect(page).toHaveURL(/precision\.scale=8(&|#|$)/);
  await expect.poll(() => page.locator(liveSvg).innerHTML()).not.toBe(before);
  const z8 = computePrecision({ ...PRECISION_DEFAULTS, scale: 8 }).firstZeroLayer;
  expect(z8).toBeLessThan(z0!);
  await expect(page.getByTestId('precision-first-zero')).toHaveText(String(z8));
  await expect(page.locator(caption)).toContainText(`los ceros empezaban en la capa ${z0}`);
  // dynamic loss scaling from S = 2^8: the first steps are the model's walk
  const walk = dynamicWalk({ ...PRECISION_DEFAULTS, scale: 8 });
  const step = page.locator(`${fig} button[data-walk=step]`);
  await step.click();
  await expect(page.getByTestId('precision-walk-line')).toContainText('Paso 1 de 24');
  await step.click();
  await expect(page.getByTestId('precision-walk-line')).toContainText('Paso 2 de 24');
  await expect(page.getByTestId('precision-first-zero')).toHaveText(String(walk[1].firstZeroLayer ?? t.none));
  await page.locator(`${fig} button[data-walk=restart]`).click();
  await expect(page.getByTestId('precision-walk-line')).toHaveCount(0);
});

test('precision (en): a deep link restores format, depth and an overflowing scale', async ({ page }) => {
  await page.goto('en/further/?precision.format=float16&precision.depth=30&precision.scale=30#precision');
  await hydrateIsland(page, 'precision');
  await expect(page.locator(`${fig} input[type=radio][value=float16]`)).toBeChecked();
  await expect(page.locator(`${fig} label`, { hasText: PRECISION_I18N.en.depth }).locator('input')).toHaveValue('30');
  await expect(page.getByTestId('precision-overflow')).toHaveText('yes');
  await expect(page.locator(caption)).toContainText('the gradient overflows');
  await expect(page.getByTestId('notice')).toHaveCount(0);
  // another format by the keyboard: bfloat16 has float32's range, nothing overflows or is lost
  await page.locator(`${fig} input[type=radio][value=bfloat16]`).check();
  await expect(page).toHaveURL(/precision\.format=bfloat16/);
  await expect(page.getByTestId('precision-overflow')).toHaveText('no');
  await expect(page.getByTestId('precision-first-zero')).toHaveText('none');
  await expect(page.locator(liveSvg)).toHaveAttribute('role', 'img');
  // "show data": one row per layer (30 hidden and the output), in the format's column the overflow is written out
  const data = page.locator('.precision-island details.kit-data');
  await data.locator('summary').click();
  await expect(data.locator('tbody tr')).toHaveCount(31);
  await expect(data.locator('thead th').nth(2)).toContainText('bfloat16');
});

test.describe('precision without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page shows the static SVG and the caption with its numbers', async ({ page }) => {
    await page.goto('en/further/');
    await expect(page.locator(`${fig} svg[role=img]`)).toHaveCount(1);
    await expect(page.locator(caption)).toContainText('From layer 10 down to the input');
  });
});
