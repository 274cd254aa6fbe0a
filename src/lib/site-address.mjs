// Absolute addresses of the site's pages, for what leaves the site: canonical and hreflang links, Open Graph
// and Twitter cards, the sitemap, robots.txt and the handouts' QR codes. The origin is SITE_URL (Astro's
// `site`, set by the deploy); a build without it uses the origin the deploy publishes to (GitHub Pages of the
// repository in src/components/mdx/links.ts), so a printed QR code or a shared link still reaches the book.
// The path always carries the build's base (`/vanishing-gradient/` on GitHub Pages).

/** Where `.github/workflows/deploy.yml` publishes the site (https://<owner>.github.io), when SITE_URL is unset. */
export const PUBLIC_ORIGIN = 'https://vanishing-gradient.github.io';

/**
 * The origin to put in front of the site's paths: SITE_URL's origin (its path, if any, is ignored: the base
 * path comes from the build), else PUBLIC_ORIGIN.
 * @param {string | URL | undefined | null} site
 * @returns {string}
 */
export function siteOrigin(site) {
  const s = site ? String(site).trim() : '';
  return s ? new URL(s).origin : PUBLIC_ORIGIN;
}

/**
 * The absolute address of a root-relative path (`/vanishing-gradient/es/problem/?x=1#y`) at `origin`.
 * @param {string} path
 * @param {string} origin
 * @returns {string}
 */
export function absoluteUrl(path, origin) {
  if (!path.startsWith('/')) throw new Error(`absoluteUrl: "${path}" is not a root-relative path`);
  return new URL(path, `${origin}/`).href;
}
