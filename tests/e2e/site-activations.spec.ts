// The activation island end to end: static SVG without JavaScript, live redraw on change, URL state both ways.
import { test, expect, hydrateIsland } from './helpers/fixtures';
import { pagePath } from './helpers/site';
import { activationsModel } from '../../src/sims/activations/model';

/** The vertices of an SVG path written as M…L… (Plot's lines). */
const vertices = (d: string | null) => (d ?? '').split(/[ML]/).filter(Boolean).map((p) => p.split(',').map(Number));

const PAGE = pagePath('es', 'problem');
/** The plotted curves: Plot's line marks inside the figure's chart. */
const curves = 'figure#activations svg[role="img"] g[aria-label="line"] path';

test('choosing another activation redraws the curves and updates the URL', async ({ page }) => {
  await page.goto(PAGE);
  await hydrateIsland(page, 'activations');
  const select = page.getByLabel('Función de activación');
  await expect(select).toHaveValue('sigmoid');
  await expect(page.locator('figure#activations .live svg')).toHaveCount(1);
  const before = await page.locator(curves).evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
  expect(before).toHaveLength(2);
  await select.selectOption('tanh');
  await expect(page).toHaveURL(/[?&]activations\.fn=tanh(&|#|$)/);
  await expect.poll(() => page.locator(curves).evaluateAll((ps) => ps.map((p) => p.getAttribute('d'))))
    .not.toEqual(before);
  await expect(page.locator('figure#activations figcaption')).toContainText('Tangente hiperbólica');
  // changed correctly (issue 17, item 6): the curves are tanh's, as the model samples it, run here: one vertex per
  // sample, g rising left to right (SVG y falls), and g′ highest exactly where the model's g′ peaks
  const model = activationsModel('tanh');
  const [g, dg] = (await page.locator(curves).evaluateAll((ps) => ps.map((p) => p.getAttribute('d')))).map(vertices);
  expect(g).toHaveLength(model.samples.length);
  expect(dg).toHaveLength(model.samples.length);
  // the drawn g, scaled to [0, 1] between its ends, is the model's g scaled the same way (a linear axis)
  const unit = (xs: number[]) => xs.map((x) => (x - xs[0]) / (xs[xs.length - 1] - xs[0]));
  const drawn = unit(g.map((p) => p[1]));
  const sampled = unit(model.samples.map((s) => s.g));
  expect(Math.max(...drawn.map((y, i) => Math.abs(y - sampled[i]))), 'drawn g against tanh').toBeLessThan(0.005);
  const top = dg.reduce((best, p, i) => (p[1] < dg[best][1] ? i : best), 0);
  const peak = model.samples.reduce((best, s, i) => (s.dg > model.samples[best].dg ? i : best), 0);
  expect(top).toBe(peak);
  await expect(page.locator('figure#activations svg[role="img"]')).toHaveAttribute('aria-label', /tanh/);
  // by keyboard (issue 17, item 7): the next option with ArrowDown; the caption is the polite live region
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent!.trim() })));
  const { value: next, label: nextLabel } = options[options.findIndex((o) => o.value === 'tanh') + 1];
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(new RegExp(`[?&]activations\\.fn=${next}(&|#|$)`));
  await expect(page.locator('figure#activations figcaption')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('figure#activations figcaption')).toContainText(nextLabel);
});

test('a deep link opens the island in that state', async ({ page }) => {
  await page.goto(`${PAGE}?activations.fn=relu#activations`);
  await hydrateIsland(page, 'activations');
  await expect(page.getByLabel('Función de activación')).toHaveValue('relu');
  await expect(page.locator('figure#activations figcaption')).toContainText('ReLU');
  await expect(page.locator('figure#activations text', { hasText: 'max g′ = 1' })).toHaveCount(1);
});

test('a bad deep link shows a notice and the default state', async ({ page }) => {
  await page.goto(`${PAGE}?activations.fn=banana`);
  await hydrateIsland(page, 'activations');
  await expect(page.getByLabel('Función de activación')).toHaveValue('sigmoid');
  await expect(page.locator('figure#activations [role="status"]', { hasText: 'banana' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the figure shows the static SVG of the default state, with its caption and no dead controls', async ({ page }) => {
    await page.goto(PAGE);
    const svg = page.locator('figure#activations svg[role="img"]');
    await expect(svg).toHaveCount(1);
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAttribute('aria-label', /sigmoide/);
    await expect(page.locator(curves)).toHaveCount(2);
    await expect(page.locator('figure#activations text', { hasText: 'max g′ = 0.25' })).toHaveCount(1);
    await expect(page.locator('figure#activations figcaption')).toContainText('Sigmoide');
    await expect(page.getByLabel('Función de activación')).toBeHidden();
  });
});
