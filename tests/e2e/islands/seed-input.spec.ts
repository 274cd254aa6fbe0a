// Every island's seed box shows the seed the figure really uses: a typed value out of range is clamped, a
// fraction rounded, text that is not a number gives back the previous seed; the URL carries the same number.
import { test, expect } from '../helpers/fixtures';
import { pagePath } from '../helpers/site';

const ISLANDS = [
  { id: 'product', slug: 'problem' }, { id: 'components', slug: 'problem' }, { id: 'remedies', slug: 'solutions' },
  { id: 'train', slug: 'solutions' }, { id: 'exploding', slug: 'final-note' },
] as const;
const SEED_MAX = 2 ** 31 - 1;

for (const { id, slug } of ISLANDS) {
  test(`${id}: the seed box never shows a seed the figure is not using`, async ({ page }) => {
    await page.goto(`${pagePath('en', slug)}?${id}.seed=12#${id}`);
    const fig = page.locator(`figure#${id}`);
    await fig.scrollIntoViewIfNeeded();
    const seed = fig.locator('input[type=number]').first();
    await expect(seed).toHaveValue('12');
    await expect(fig).not.toHaveAttribute('data-ready', 'false');
    for (const [typed, shown] of [['-5', '0'], ['2.5', '3'], ['1e12', String(SEED_MAX)], ['', String(SEED_MAX)], ['40', '40']]) {
      await seed.fill(typed);
      await seed.press('Tab');
      await expect(seed, `typed ${JSON.stringify(typed)}`).toHaveValue(shown);
      await expect.poll(() => new URL(page.url()).searchParams.get(`${id}.seed`) ?? '1', { message: `URL after ${JSON.stringify(typed)}` }).toBe(shown);
    }
  });
}
