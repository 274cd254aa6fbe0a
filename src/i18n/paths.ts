// Every internal link goes through `url()`, so the site works under a sub-path (BASE_URL, e.g. GitHub Pages).

/** The site's languages; Spanish, the lecture's language, first. */
export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** The language `/` redirects to. */
export const DEFAULT_LANG: Lang = 'es';

/** True when `value` is one of the site's languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The other language (the language switch's target). */
export function otherLang(lang: Lang): Lang {
  return lang === 'es' ? 'en' : 'es';
}

/** BASE_URL with exactly one trailing slash. */
export function basePath(base: string = import.meta.env.BASE_URL ?? '/'): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Link to a language's home, or to one of its chapters, optionally to a section (`hash` without '#'). */
export function url(lang: Lang, slug?: string, hash?: string, base?: string): string {
  const path = `${basePath(base)}${lang}/${slug ? `${slug}/` : ''}`;
  return hash ? `${path}#${hash}` : path;
}

/** Link to a file under `public/` (favicon and the like). */
export function asset(path: string, base?: string): string {
  return `${basePath(base)}${path.replace(/^\/+/, '')}`;
}
