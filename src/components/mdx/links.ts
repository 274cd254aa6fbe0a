// Links the chapters' components share.

/** Where readers report an error: the repository's "new issue" form. The one place this URL lives. */
export const REPORT_ERROR_URL = 'https://github.com/vanishing-gradient/vanishing-gradient/issues/new';

/** The "new issue" link with its title and body filled in for one page. */
export function reportErrorHref(title: string, pageUrl: string): string {
  const params = new URLSearchParams({ title, body: `${pageUrl}\n\n` });
  return `${REPORT_ERROR_URL}?${params.toString()}`;
}

let citeCount = 0;
/** A page-unique id for a citation's tooltip (a key may be cited several times on a page). */
export function nextCiteId(key: string): string {
  citeCount += 1;
  return `cite-${key}-${citeCount}`;
}
