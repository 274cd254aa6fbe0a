// Tap targets (WCAG 2.5.8, issue 18): every link, button and form control a reader can see in the header and the
// article is at least 24 × 24 CSS px. A checkbox or radio counts with its label (a tap on the label toggles it).
import type { Page } from '@playwright/test';

/** The minimum side of a tap target, in CSS px. */
export const MIN_TARGET = 24;

/** The visible targets under `scope` smaller than MIN_TARGET on a side, described for a readable failure. */
export async function smallTargets(page: Page, scope = 'header.site-header, article'): Promise<string[]> {
  return page.evaluate(({ scope, min }) => {
    const small: string[] = [];
    for (const root of document.querySelectorAll(scope)) {
      for (const el of root.querySelectorAll<HTMLElement>('a[href], button, summary, select, input, [tabindex="0"]')) {
        if (!el.checkVisibility({ visibilityProperty: true })) continue;
        const toggle = el.matches('input[type=checkbox], input[type=radio]');
        const target = (toggle && (el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null))) || el;
        const box = target.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.width < min - 0.5 || box.height < min - 0.5) {
          const text = (el.textContent || el.getAttribute('aria-label') || el.getAttribute('type') || '').trim().slice(0, 30);
          small.push(`${el.localName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${text}" ${box.width.toFixed(0)} × ${box.height.toFixed(0)}`);
        }
      }
    }
    return small;
  }, { scope, min: MIN_TARGET });
}
