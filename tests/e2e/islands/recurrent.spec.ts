// The recurrent island (error through time) against the built site: the default state comes with the page (no
// worker); the T slider by keyboard redraws the chart and writes the URL; a deep link restores the state; the LSTM
// keeps the gradient that the RNN loses (the chapter's claim), computed in the island's worker. In the same loads,
// the memory island (train it through time): its build-time run comes with the page, in its charts, "show data" and
// the CSV download, and starts no worker; a deep link opens it at another T; "10 steps", train and pause drive its
// worker; T by keyboard starts the run over.
import { readFile } from 'node:fs/promises';
import { test, expect, hydrateIsland } from '../helpers/fixtures';
import { KIT } from '../../../src/i18n/kit';

const fig = 'figure#recurrent';
const caption = `${fig} [data-testid=caption]`;
const chart = `${fig} .kit-chart`;
/** The decades the caption says the error loses from t = T to t = 1. */
const lost = async (page: import('@playwright/test').Page) => {
  const m = /loses ([\d.]+) decades/.exec((await page.locator(caption).textContent()) ?? '');
  return m ? Number(m[1]) : NaN;
};

test.describe('recurrent island', () => {
  test('T by keyboard redraws and writes the URL; the LSTM keeps what the RNN loses; a deep link restores the state', async ({ page }) => {
    // two loads, two islands, two workers (BPTT at T = 200, then training): 1.1 min on a machine under load
    test.setTimeout(150_000);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto('en/further/');
    await hydrateIsland(page, 'recurrent');
    await expect(page.locator(`${chart} svg`)).toHaveAttribute('role', 'img');
    const rnn = await lost(page);
    expect(rnn, 'the default RNN loses tens of decades').toBeGreaterThan(20);
    await page.waitForTimeout(500);
    expect(workers.filter((u) => u.includes('recurrent')), 'the default state comes with the page').toEqual([]);

    const seqLen = page.locator(`${fig} input[id$="-seq-len"]`);
    const before = await page.locator(chart).innerHTML();
    await seqLen.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/recurrent\.seqLen=199/);
    await expect(page.locator(fig)).toHaveAttribute('data-seq-len', '199', { timeout: 20_000 });
    await expect.poll(() => page.locator(chart).innerHTML(), { timeout: 20_000 }).not.toBe(before);
    // steps of T move the lines in place on a held time axis (issue 11): past the axis' shrinking (199 → 191),
    // the seed band ends with two vertices a step, none left behind
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await expect(page.locator(fig)).toHaveAttribute('data-seq-len', '191', { timeout: 30_000 });
    await expect.poll(() => page.locator(`${chart} svg .vg-q-seed-range > path`).getAttribute('d')
      .then((d) => (d ?? '').match(/[ML]/g)?.length ?? 0), { timeout: 20_000 }).toBe(2 * 191);

    await page.locator(`${fig} select[id$="-cell"]`).selectOption('lstm');
    await expect(page).toHaveURL(/recurrent\.cell=lstm/);
    await expect(page.locator(fig)).toHaveAttribute('data-cell', 'lstm', { timeout: 30_000 });
    await expect(page.locator(caption)).toContainText('LSTM');
    const lstm = await lost(page);
    expect(lstm, `LSTM loses ${lstm} decades, the RNN ${rnn}`).toBeLessThan(rnn / 2);

    // memory: the build-time run (the whole run at T = 100) comes with the page; no worker until "train"
    const mem = page.locator('figure#memory');
    await hydrateIsland(page, 'memory');
    await expect(mem.locator('.memory-loss svg[role="img"]')).toBeVisible();
    await expect(mem.locator('.memory-maps svg[role="img"]')).toHaveCount(2);
    await expect(mem.locator('.memory-maps svg[role="img"] [data-memory-heat] image'), 'heat maps drawn at build time').toHaveCount(2);
    await expect(mem.getByTestId('caption')).toContainText('Step 1000');
    await expect(mem.getByTestId('train-play')).toBeEnabled();
    // its data too: "show data" and the CSV hold the built run (a row per loss column, to step 1000), not nothing
    const memIsland = page.locator('.memory-island');
    await memIsland.locator('.kit-data summary').click();
    const rows = memIsland.locator('.kit-data tbody tr');
    const rowCount = await rows.count();
    expect(rowCount, 'a row per loss column of the built run').toBeGreaterThan(100);
    await expect(rows.last().locator('td').first()).toHaveText('1000');
    await expect(rows.last().locator('td').nth(1)).toHaveText(/^\d\.\d{3}$/);
    await memIsland.locator('.kit-toolbar').getByText(KIT.en.download, { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'),
      memIsland.locator('.kit-toolbar').getByRole('button', { name: KIT.en.downloadCsv, exact: true }).click()]);
    const csv = (await readFile(await file.path())).toString('utf8').trim().split('\n');
    expect(csv[0]).toBe('step,rnnLoss,rnnAccuracy,gruLoss,gruAccuracy');
    expect(csv).toHaveLength(1 + rowCount);
    expect(workers.filter((u) => u.includes('memory')), 'the built run comes with the page').toEqual([]);

    // a deep link: the state comes back from the URL
    await page.goto('en/further/?recurrent.cell=gru&recurrent.seqLen=50&memory.seqLen=10#recurrent');
    await hydrateIsland(page, 'recurrent');
    await expect(page.locator(`${fig} select[id$="-cell"]`)).toHaveValue('gru');
    await expect(page.locator(`${fig} input[id$="-seq-len"]`)).toHaveValue('50');
    await expect(page.locator(fig)).toHaveAttribute('data-seq-len', '50', { timeout: 30_000 });
    await expect(page.locator(caption)).toContainText('T = 50');

    await hydrateIsland(page, 'memory');
    const memT = mem.locator('input[id$="-seq-len"]');
    await expect(memT).toHaveValue('10');
    await expect(mem).toHaveAttribute('data-step', '0');
    await expect(mem.getByTestId('caption')).toContainText('T − 1 = 9');
    await mem.getByTestId('train-step').click(); // 10 steps of both cells: the worker starts
    await expect(mem).toHaveAttribute('data-step', '10', { timeout: 20_000 });
    await expect(mem.getByTestId('caption')).toContainText('Step 10.');
    await expect.poll(() => mem.locator('.memory-maps [data-memory-heat] image').count()).toBe(2);
    await mem.getByTestId('train-play').click();
    // At T = 10 the whole run (1000 steps) takes a second or two: a pause pressed after a poll saw step 50 found the
    // run already over once in CI (the button disabled, "train" again). So the page presses pause itself, in the
    // task that sees the step pass 50 while the run still plays; a run that ends first is reported as such.
    const stop = await mem.evaluate((fig) => new Promise<string>((resolve) => {
      const check = (): boolean => {
        const step = Number(fig.getAttribute('data-step'));
        const pause = fig.querySelector<HTMLButtonElement>('[data-testid="train-pause"]');
        if (step > 50 && pause && !pause.disabled) { pause.click(); resolve(`paused at ${step}`); return true; }
        if (step >= 1000) { resolve('ended at 1000'); return true; }
        return false;
      };
      if (check()) return;
      const watch = new MutationObserver(() => { if (check()) watch.disconnect(); });
      watch.observe(fig, { attributes: true, attributeFilter: ['data-step'] });
      setTimeout(() => { watch.disconnect(); resolve(`no step past 50 in 20 s (at ${fig.getAttribute('data-step')})`); }, 20_000);
    }));
    expect(stop).toMatch(/^(paused at \d+|ended at 1000)$/);
    await expect(mem.getByTestId('train-play')).toBeVisible();
    // paused or over, the run stands still
    const stoppedAt = await mem.getAttribute('data-step');
    await page.waitForTimeout(1000);
    await expect(mem).toHaveAttribute('data-step', stoppedAt!);
    expect(Number(stoppedAt)).toBeGreaterThan(50);
    const lossLines = await mem.locator('.memory-loss [data-memory-line]').count();
    expect(lossLines, 'a loss line per cell').toBe(2);
    // T by keyboard: a new configuration starts over at step 0
    await memT.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/memory\.seqLen=11/);
    await expect(mem).toHaveAttribute('data-seq-len', '11');
    await expect(mem).toHaveAttribute('data-step', '0');
    expect(workers.filter((u) => u.includes('memory')), 'one worker for every run').toHaveLength(1);
  });
});
