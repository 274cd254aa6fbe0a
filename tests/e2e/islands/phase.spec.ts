// The phase island (edge of chaos) against the built site: the measured grid fills in row by row from its worker,
// the keyboard cursor moves over the grid and Enter opens the product island at that σ_w, σ_b, the view toggle
// changes what the cells show, and the URL state round-trips.
import { test, expect, hydrateIsland } from '../helpers/fixtures';
import { COLUMNS, ROWS, sb2At, sw2At } from '../../../src/sims/phase/defaults';
import { productSigma } from '../../../src/sims/phase/model';

const fig = 'figure#phase';
const liveSvg = `${fig} .live svg`;
const caption = `${fig} [data-testid=caption]`;

test.describe('phase island', () => {
  test('the default grid comes with the page (no worker); another seed fills in row by row; the cursor moves with the arrows and Enter opens the product island there', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto('es/further/');
    await hydrateIsland(page, 'phase');
    // the default state's measured grid is in the page: whole at once, and no worker is started for it
    await expect(page.locator(fig)).toHaveAttribute('data-rows-measured', String(ROWS));
    await expect(page.getByTestId('phase-slope')).not.toHaveText('—');
    await page.waitForTimeout(1000);
    expect(workers.filter((u) => u.includes('phase'))).toEqual([]);
    // every value the figure's measured-rows counter takes once the reader asks for another seed
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { phaseRows: string[] }).phaseRows = seen;
      new MutationObserver(() => {
        const v = document.querySelector('figure#phase')?.getAttribute('data-rows-measured');
        if (v && seen[seen.length - 1] !== v) seen.push(v);
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-rows-measured'] });
    });
    const seed = page.locator(`${fig} input[type=number]`);
    await seed.fill('2');
    await seed.press('Enter');
    await expect(page).toHaveURL(/phase\.seed=2/);
    await expect.poll(() => page.evaluate(() => (window as unknown as { phaseRows: string[] }).phaseRows.length)).toBeGreaterThan(0);
    await expect(page.locator(fig)).toHaveAttribute('data-rows-measured', String(ROWS), { timeout: 20_000 });
    const rows = await page.evaluate(() => (window as unknown as { phaseRows: string[] }).phaseRows.map(Number));
    expect(rows.length, `rows seen: ${rows.join(',')}`).toBeGreaterThan(2);
    expect(rows.filter((r) => r > 0 && r < ROWS).length).toBeGreaterThan(0);
    expect(workers.filter((u) => u.includes('phase')).length).toBe(1);
    await expect(page.locator(liveSvg)).toHaveAttribute('role', 'img');
    await expect(page.getByTestId('phase-slope')).not.toHaveText('—');

    const grid = page.getByTestId('phase-grid');
    await grid.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    // from the default cursor (3, 0): three right, one up
    await expect(page).toHaveURL(/phase\.col=6&phase\.row=1(&|#|$)/);
    await expect(page.getByTestId('phase-cursor')).toHaveText(`σw² = ${sw2At(6)}, σb² = ${sb2At(1)}`);
    // the cursor stops at the grid's edges
    for (let i = 0; i < COLUMNS + 2; i++) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`phase\\.col=${COLUMNS - 1}&`));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/es\/problem\/\?/);
    const url = new URL(page.url());
    expect(url.hash).toBe('#product');
    expect(url.searchParams.get('product.activation')).toBe('tanh');
    expect(Number(url.searchParams.get('product.sigmaW'))).toBe(productSigma(sw2At(COLUMNS - 2)));
    expect(Number(url.searchParams.get('product.sigmaB'))).toBe(productSigma(sb2At(1)));
    await hydrateIsland(page, 'product');
    await expect(page.getByTestId('notice')).toHaveCount(0);
  });

  test('the view toggle, a click on a point, and the URL state round-tripping (en)', async ({ page }) => {
    await page.goto('en/further/?phase.activation=relu&phase.view=residual&phase.col=7&phase.row=2#phase');
    await hydrateIsland(page, 'phase');
    await expect(page.locator(`${fig} select`).first()).toHaveValue('relu');
    await expect(page.locator(`${fig} input[type=radio][value=residual]`)).toBeChecked();
    await expect(page.getByTestId('phase-cursor')).toHaveText(`σw² = ${sw2At(7)}, σb² = ${sb2At(2)}`);
    await expect(page.locator(caption)).toContainText('Without bias, the edge of chaos (χ₁ = 1) is at σw² = 2.');
    await expect(page.locator(liveSvg)).toContainText('measured − ln χ');
    await expect(page.locator(fig)).toHaveAttribute('data-rows-measured', String(ROWS), { timeout: 20_000 });
    await expect(page.locator(caption)).toContainText(/measured slopes differ from ln χ₁ by −?0\.\d{3} per layer/);
    // the measured view: a disc per point over the theory's cells
    await page.locator(`${fig} input[type=radio][value=measured]`).check();
    await expect(page).toHaveURL(/phase\.view=measured/);
    await expect(page.locator(`${liveSvg} circle`)).toHaveCount(COLUMNS * ROWS);
    await page.locator(`${fig} input[type=radio][value=theory]`).check();
    await expect(page).not.toHaveURL(/phase\.view=/);
    await expect(page.locator(`${liveSvg} circle`)).toHaveCount(0);
    // reload: the state comes back from the URL
    await page.reload();
    await hydrateIsland(page, 'phase');
    await expect(page.locator(`${fig} select`).first()).toHaveValue('relu');
    await expect(page.locator(`${fig} input[type=radio][value=theory]`)).toBeChecked();
    // a click on a point opens the product island there
    // the middle of grid point (11, 4), from the frame the chart writes on its SVG (charts/phase.ts GRID_ATTR)
    const svg = page.locator(liveSvg);
    const [left, right, bottom, top] = ((await svg.getAttribute('data-grid-frame')) ?? '').split(',').map(Number);
    const box = (await svg.boundingBox())!;
    const scale = box.width / Number(await svg.getAttribute('width'));
    await page.mouse.click(box.x + scale * (left + (11.5 / COLUMNS) * (right - left)), box.y + scale * (bottom - (4.5 / ROWS) * (bottom - top)));
    await expect(page).toHaveURL(/\/en\/problem\/\?.*#product$/);
    const url = new URL(page.url());
    expect(url.searchParams.get('product.activation')).toBe('relu');
    expect(Number(url.searchParams.get('product.sigmaW'))).toBe(productSigma(sw2At(11)));
    expect(Number(url.searchParams.get('product.sigmaB'))).toBe(productSigma(sb2At(4)));
  });
});

test.describe('phase without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page shows the static SVG of the theory and the caption with its numbers', async ({ page }) => {
    await page.goto('en/further/');
    await expect(page.locator(`${fig} svg[role=img]`)).toHaveCount(1);
    await expect(page.locator(caption)).toContainText('Without bias, the edge of chaos (χ₁ = 1) is at σw² = 1.');
  });
});
