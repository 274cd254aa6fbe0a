// Runs Lighthouse (mobile emulation, simulated throttling) on one URL in the project's Chromium.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from './chromium.ts';

/** The four Lighthouse categories the budgets are set on, as 0–100 scores. */
export interface Scores { performance: number; accessibility: number; bestPractices: number; seo: number }

/** The flags that keep Debian's Chromium quiet on a closed network (STACK.md). */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Audits each URL in turn in one Chromium; returns scores and, when asked, the HTML report. */
export async function audit(urls: string[], opts: { html?: boolean } = {}):
  Promise<{ url: string; scores: Scores; html?: string }[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS });
  try {
    const out: { url: string; scores: Scores; html?: string }[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port, output: opts.html ? 'html' : 'json', logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const c = result.lhr.categories;
      const pct = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      out.push({
        url,
        scores: { performance: pct('performance'), accessibility: pct('accessibility'),
          bestPractices: pct('best-practices'), seo: pct('seo') },
        html: opts.html ? String(result.report) : undefined,
      });
    }
    return out;
  } finally {
    await chrome.kill();
  }
}
