// Lighthouse budgets (mobile emulation) on two pages, so CI stays inside its time; `npm run audit`
// scores every page. Runs its own Chromium through chrome-launcher, against the same preview server.
import { test, expect } from '@playwright/test';
import { audit } from '../../scripts/audit/lighthouse';
import { BUDGETS } from '../../scripts/audit/budgets';

test.describe.configure({ mode: 'serial' });

test('Lighthouse: the Spanish problem chapter and the English home page meet the budgets', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const results = await audit([`${baseURL}es/problem/`, `${baseURL}en/`]);
  for (const { url, scores } of results) {
    const b = BUDGETS.lighthouse;
    expect.soft(scores.performance, `${url} performance`).toBeGreaterThanOrEqual(b.performance);
    expect.soft(scores.accessibility, `${url} accessibility`).toBeGreaterThanOrEqual(b.accessibility);
    expect.soft(scores.bestPractices, `${url} best practices`).toBeGreaterThanOrEqual(b.bestPractices);
    expect.soft(scores.seo, `${url} SEO`).toBeGreaterThanOrEqual(b.seo);
  }
});
