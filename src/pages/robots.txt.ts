// robots.txt: every page may be crawled; the sitemap (lib/sitemap.mjs) at its absolute address. (On a GitHub
// Pages project site this file sits under the base path, where crawlers do not look; the sitemap's address is
// also in every page's head through the canonical links, and can be submitted to search engines directly.)
import type { APIRoute } from 'astro';
import { absoluteUrl, siteOrigin } from '../lib/site-address.mjs';
import { basePath } from '../i18n/paths';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(`${basePath()}sitemap-index.xml`, siteOrigin(site));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
