// The recurrent island (error through time) against the built site: the default state comes with the page (no
// worker); the T slider by keyboard redraws the chart and writes the URL; a deep link restores the state; the LSTM
// keeps the gradient that the RNN loses (the chapter's claim), computed in the island's worker.
import { test, expect, hydrateIsland } from '../helpers/fixtures';

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

    await page.locator(`${fig} select[id$="-cell"]`).selectOption('lstm');
    await expect(page).toHaveURL(/recurrent\.cell=lstm/);
    await expect(page.locator(fig)).toHaveAttribute('data-cell', 'lstm', { timeout: 30_000 });
    await expect(page.locator(caption)).toContainText('LSTM');
    const lstm = await lost(page);
    expect(lstm, `LSTM loses ${lstm} decades, the RNN ${rnn}`).toBeLessThan(rnn / 2);

    // a deep link: the state comes back from the URL
    await page.goto('en/further/?recurrent.cell=gru&recurrent.seqLen=50#recurrent');
    await hydrateIsland(page, 'recurrent');
    await expect(page.locator(`${fig} select[id$="-cell"]`)).toHaveValue('gru');
    await expect(page.locator(`${fig} input[id$="-seq-len"]`)).toHaveValue('50');
    await expect(page.locator(fig)).toHaveAttribute('data-seq-len', '50', { timeout: 30_000 });
    await expect(page.locator(caption)).toContainText('T = 50');
  });
});
