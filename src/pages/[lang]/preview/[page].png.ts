// Each page's link preview (Open Graph / Twitter card), a 1200 × 630 PNG drawn at build time: the home page's and
// each chapter's, in both languages (lib/preview/preview.ts; pages link to theirs in components/SeoMeta.astro).
import type { APIRoute, GetStaticPaths } from 'astro';
import tokensCss from '../../../styles/tokens.css?raw';
import { chaptersOf } from '../../../layouts/chapters';
import { LANGS, siteStrings, type Lang } from '../../../i18n';
import { FIGURE_TITLES } from '../../../i18n/figures';
import { mainFigure, pageAddresses, PREVIEW_PAGES, type PreviewPage } from '../../../lib/page-address';
import { previewPng, previewVars } from '../../../lib/preview/preview';
import { siteOrigin } from '../../../lib/site-address.mjs';
import { chapterParts } from '../../../lib/exercises';
import { numberLabel } from '../../../components/mdx/numbering';
import { getEntry } from 'astro:content';

export const getStaticPaths = (() => LANGS.flatMap((lang) => PREVIEW_PAGES.map((page) => ({ params: { lang, page } })))) satisfies GetStaticPaths;

/** "Figura 1.1 · title" when the figure is the chapter's own (numbered as in the chapter), else its title. */
async function figureLine(lang: Lang, page: PreviewPage): Promise<string> {
  const figure = mainFigure(page);
  const title = FIGURE_TITLES[lang][figure];
  const entry = page === 'home' ? undefined : await getEntry('chapters', `${lang}/${page}`);
  if (!entry?.body) return title;
  const component = `${figure[0].toUpperCase()}${figure.slice(1)}Figure`;
  const own = chapterParts(entry.body, entry.data.order).figures.find((f) => f.name === component);
  return own ? `${numberLabel(lang, 'figure', own.number)} · ${title}` : title;
}

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const page = params.page as PreviewPage;
  const t = siteStrings(lang);
  const chapter = (await chaptersOf(lang)).find((c) => c.slug === page);
  const png = previewPng(mainFigure(page), lang, {
    title: chapter ? chapter.title : t.siteTitle,
    figureTitle: await figureLine(lang, page),
    summary: chapter ? chapter.summary : t.siteTagline,
    link: pageAddresses(lang, chapter?.slug, siteOrigin(site)).canonical,
  }, previewVars(tokensCss));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
