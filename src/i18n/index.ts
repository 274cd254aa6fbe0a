// i18n helpers for Astro components: the language of a route and its shell strings.
import { DEFAULT_LANG, isLang, type Lang } from './paths';
import { SITE } from './site';

export * from './paths';
export { SITE } from './site';

/** The language of a route from its params (`/[lang]/…`); the default language when missing or unknown. */
export function langFromParams(params: Record<string, string | undefined>): Lang {
  return isLang(params.lang) ? params.lang : DEFAULT_LANG;
}

/** The shell strings of a language. */
export function siteStrings(lang: Lang): (typeof SITE)['es'] {
  return SITE[lang];
}
