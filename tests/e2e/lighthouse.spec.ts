// Lighthouse (mobile emulation) on two pages: the scores that do not depend on the machine's speed
// (accessibility, best practices, SEO). The performance score does, so it is a figure `npm run audit` prints for
// every page (and the README records), not a pass/fail check on a shared 2-core machine (issue 17).
import { test, expect } from '@playwright/test';
import { audit } from '../../scripts/audit/lighthouse';
import { BUDGETS } from '../../scripts/audit/budgets';

test.describe.configure({ mode: 'serial' });

test('Lighthouse: the Spanish problem chapter and the English home page meet the accessibility, best-practice and SEO budgets', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const results = await audit([`${baseURL}es/problem/`, `${baseURL}en/`]);
  expect(results.map((r) => r.url)).toEqual([`${baseURL}es/problem/`, `${baseURL}en/`]);
  for (const { url, scores } of results) {
    const b = BUDGETS.lighthouse;
    expect.soft(scores.accessibility, `${url} accessibility`).toBeGreaterThanOrEqual(b.accessibility);
    expect.soft(scores.bestPractices, `${url} best practices`).toBeGreaterThanOrEqual(b.bestPractices);
    expect.soft(scores.seo, `${url} SEO`).toBeGreaterThanOrEqual(b.seo);
  }
});
