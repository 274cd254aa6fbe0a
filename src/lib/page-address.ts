// The addresses a page gives the world (canonical, hreflang alternates, its preview image), from its language
// and its path under the language (`problem`, `handout/problem`, none for the home page).
import type { ChapterSlug } from '../components/mdx/try-it';
import { DEFAULT_LANG, LANGS, url, type Lang } from '../i18n/paths';
import { absoluteUrl } from './site-address.mjs';

/** The chapters (content.config.ts's CHAPTER_SLUGS; that module needs Astro's runtime, this one runs in Node). */
export const CHAPTERS = ['problem', 'solutions', 'final-note', 'further', 'references'] as const satisfies readonly ChapterSlug[];
/** The pages that have a preview image of their own: the home page and every chapter. */
export const PREVIEW_PAGES = ['home', ...CHAPTERS] as const;
export type PreviewPage = (typeof PREVIEW_PAGES)[number];

/** The preview a page shows: its chapter's (a chapter, or a chapter's handout), else the home page's. */
export function previewPage(slug?: string): PreviewPage {
  const chapter = slug?.replace(/^handout\//, '').replace(/\/answers$/, '');
  return (CHAPTERS as readonly string[]).includes(chapter ?? '') ? (chapter as PreviewPage) : 'home';
}

/** The figures a preview can show. */
export type PreviewFigure = 'product' | 'remedies' | 'exploding';

/** A chapter's main figure, which its preview shows; a chapter without a figure of its own (and the home page)
 *  shows the product of equation (4), the figure the home page leads with. */
export function mainFigure(page: PreviewPage): PreviewFigure {
  return page === 'solutions' ? 'remedies' : page === 'final-note' ? 'exploding' : 'product';
}

/** Root-relative path of a page's preview image: `<base><lang>/preview/<page>.png`. */
export function previewPath(lang: Lang, page: PreviewPage, base?: string): string {
  return `${url(lang, 'preview', undefined, base)}${page}.png`;
}

/** What a page's head links to, every address absolute at `origin`. */
export interface PageAddresses {
  canonical: string;
  alternates: { hreflang: string; href: string }[];
  image: string;
}

/** The canonical address of the page, its version in each language plus x-default (the default language's,
 *  where `/` sends readers), and its preview image. */
export function pageAddresses(lang: Lang, slug: string | undefined, origin: string, base?: string): PageAddresses {
  const abs = (path: string) => absoluteUrl(path, origin);
  return {
    canonical: abs(url(lang, slug, undefined, base)),
    alternates: [
      ...LANGS.map((l) => ({ hreflang: l, href: abs(url(l, slug, undefined, base)) })),
      { hreflang: 'x-default', href: abs(url(DEFAULT_LANG, slug, undefined, base)) },
    ],
    image: abs(previewPath(lang, previewPage(slug), base)),
  };
}
