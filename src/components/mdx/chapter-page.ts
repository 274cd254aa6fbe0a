// What a chapter-end component knows about the page it sits on: language, slug, title, address. The address is
// absolute when the build knows the deploy's address (SITE_URL); otherwise it is the page's path, and a script in
// ChapterEnd.astro completes it from the reader's location (never a placeholder host).
import { getEntry } from 'astro:content';
import { CHAPTERS } from '../../i18n/chapters';
import { langFromParams, url } from '../../i18n';
import type { Lang } from '../../i18n/paths';

/** The current chapter page, read from the route's params and the content collection. */
export async function chapterPage(params: Record<string, string | undefined>, site: URL | undefined):
  Promise<{ lang: Lang; slug: string; t: (typeof CHAPTERS)[Lang]; title: string; address: string; path: string; absolute: boolean }> {
  const lang = langFromParams(params);
  const slug = params.slug ?? '';
  const entry = await getEntry('chapters', `${lang}/${slug}`);
  const path = url(lang, slug);
  return {
    lang, slug, t: CHAPTERS[lang], title: entry?.data.title ?? slug,
    address: site ? new URL(path, site).href : path, path, absolute: !!site,
  };
}
