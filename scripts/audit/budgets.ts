// The site's budgets (issue 6), read by `npm run audit` and by the budget tests alike.

/** Lighthouse minimum scores, mobile emulation. */
export const BUDGETS = {
  lighthouse: { performance: 95, accessibility: 100, bestPractices: 100, seo: 100 },
  /** JavaScript per chapter page once every island has loaded, gzip bytes. */
  jsPerPageGzip: 150 * 1024,
} as const;

const LANGS = ['es', 'en'] as const;
const SLUGS = ['problem', 'solutions', 'final-note', 'further', 'references'] as const;

/** Every page the audit scores: each language's home page, then its chapters. */
export const PAGES: string[] = LANGS.flatMap((lang) => [`/${lang}/`, ...SLUGS.map((s) => `/${lang}/${s}/`)]);
