// What a chapter-end component knows about the page it sits on: language, slug, title, absolute address.
import { getEntry } from 'astro:content';
import { CHAPTERS } from '../../i18n/chapters';
import { langFromParams, url } from '../../i18n';
import type { Lang } from '../../i18n/paths';

/** The current chapter page, read from the route's params and the content collection. */
export async function chapterPage(params: Record<string, string | undefined>, site: URL | undefined):
  Promise<{ lang: Lang; slug: string; t: (typeof CHAPTERS)[Lang]; title: string; address: string }> {
  const lang = langFromParams(params);
  const slug = params.slug ?? '';
  const entry = await getEntry('chapters', `${lang}/${slug}`);
  return {
    lang, slug, t: CHAPTERS[lang], title: entry?.data.title ?? slug,
    address: new URL(url(lang, slug), site ?? 'https://example.org').href,
  };
}
