// `npm run audit`: Lighthouse (mobile) on the home page and every chapter in both languages, plus the
// JavaScript weight per page and per island, against the built site served by `astro preview`.
// Writes audit/REPORT.md (the table the README quotes) and the HTML reports in audit/reports/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { audit, type Scores } from './audit/lighthouse.ts';
import { bundleReport } from './audit/bundles.ts';
import { BUDGETS, PAGES } from './audit/budgets.ts';

const PORT = Number(process.env.AUDIT_PORT ?? 4499);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Lighthouse runs per page; the report keeps the median (AUDIT_RUNS=1 for a quick look). */
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 9) {
  console.error(`AUDIT_RUNS must be a whole number from 1 to 9, got "${process.env.AUDIT_RUNS}"`);
  process.exit(2);
}

async function waitFor(url: string, tries = 60): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mark = (score: number, min: number) => (score >= min ? `${score}` : `**${score}** ✗`);

async function main(): Promise<void> {
  if (!existsSync('dist/es/index.html')) {
    console.error('No built site in dist/: run `npm run build` first.');
    process.exit(2);
  }
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
  try {
    await waitFor(`${ORIGIN}/es/`);
    mkdirSync('audit/reports', { recursive: true });
    const results = await audit(PAGES.map((p) => ORIGIN + p), { html: true, runs: RUNS });
    const b = BUDGETS.lighthouse;
    const rows = results.map(({ url, scores, html }) => {
      const page = url.slice(ORIGIN.length);
      const file = `reports/${page.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'root'}.html`;
      writeFileSync(`audit/${file}`, html ?? '');
      const s: Scores = scores;
      return `| [${page}](${file}) | ${mark(s.performance, b.performance)} | ${mark(s.accessibility, b.accessibility)} | ` +
        `${mark(s.bestPractices, b.bestPractices)} | ${mark(s.seo, b.seo)} |`;
    });
    const bundles = bundleReport('dist');
    const pageRows = bundles.pages.filter((p) => p.js > 0)
      .map((p) => `| ${p.page}/ | ${kb(p.js)} | ${kb(p.worker)} | ${p.js + p.worker <= BUDGETS.jsPerPageGzip ? 'ok' : '**over** ✗'} |`);
    const islandRows = bundles.islands.map((i) => `| ${i.name} | ${kb(i.js)} | ${kb(i.worker)} |`);
    const report = [
      '# Audit', '',
      `Made by \`npm run audit\` on ${new Date().toISOString().slice(0, 10)} against \`astro preview\`, Lighthouse 12.2.3,`,
      `mobile emulation with simulated throttling, Debian Chromium; each page's median of ${RUNS} runs, after one unscored warm-up run. Budgets: Performance ≥ ` +
        `${b.performance}, Accessibility ${b.accessibility}, Best Practices ${b.bestPractices}, SEO ${b.seo}; ` +
        `JavaScript ≤ ${kb(BUDGETS.jsPerPageGzip)} KB gzip per page with every island loaded.`, '',
      '| page | Performance | Accessibility | Best Practices | SEO |', '|---|---|---|---|---|', ...rows, '',
      '## JavaScript per page (gzip KB, every island loaded, with the modules islands import on demand)', '',
      '| page | main thread | workers | budget |', '|---|---|---|---|', ...pageRows, '',
      '## JavaScript per island (gzip KB, its component, the Svelte renderer and every chunk they import)', '',
      '| island | main thread | worker |', '|---|---|---|', ...islandRows, '',
    ].join('\n');
    writeFileSync('audit/REPORT.md', report);
    console.log(report);
  } finally {
    server.kill();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
