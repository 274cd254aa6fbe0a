// Runs Lighthouse (mobile emulation, simulated throttling) on one URL in the project's Chromium.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from './chromium.ts';

/** The four Lighthouse categories the budgets are set on, as 0–100 scores. */
export interface Scores { performance: number; accessibility: number; bestPractices: number; seo: number }

/** The flags that keep Debian's Chromium quiet on a closed network (STACK.md). */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The run whose performance score is the median (Lighthouse's own advice for its run-to-run variance). */
function medianRun<T extends { scores: Scores }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(runs.length / 2)];
}

/**
 * Audits each URL in turn in one Chromium; returns scores and, when asked, the HTML report. The first page
 * loaded by a fresh browser and server pays their start-up (it scored 4–5 points under the same page in the
 * other language), so one unscored run warms them up first. With `runs` > 1 each URL keeps its median run.
 */
export async function audit(urls: string[], opts: { html?: boolean; runs?: number } = {}):
  Promise<{ url: string; scores: Scores; html?: string }[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS });
  const once = async (url: string) => {
    const result = await lighthouse(url, {
      port: chrome.port, output: opts.html ? 'html' : 'json', logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const c = result.lhr.categories;
    const pct = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
    return {
      url,
      scores: { performance: pct('performance'), accessibility: pct('accessibility'),
        bestPractices: pct('best-practices'), seo: pct('seo') },
      html: opts.html ? String(result.report) : undefined,
    };
  };
  try {
    if (urls.length > 0) await once(urls[0]);   // warm-up, not scored
    const out: { url: string; scores: Scores; html?: string }[] = [];
    for (const url of urls) {
      const runs = [];
      for (let k = 0; k < Math.max(1, opts.runs ?? 1); k++) runs.push(await once(url));
      out.push(medianRun(runs));
    }
    return out;
  } finally {
    await chrome.kill();
  }
}
