// axe-core on the current page. A scan costs 10–15 s (STACK.md): scan each page once, islands hydrated.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rules whose outcome depends on colours: all that can change between the light and the dark scheme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Fails with a readable list (rule, impact, first targets) when axe finds any violation (of `rules`, if given). */
export async function expectNoAxeViolations(page: Page, rules?: readonly string[]): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (rules) builder.withRules([...rules]);
  const { violations } = await builder.analyze();
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(report, 'axe violations').toEqual([]);
}
