// Astro integration: @astrojs/sitemap (sitemap-index.xml → sitemap-0.xml, every page with its other-language
// version as an xhtml:link alternate), at SITE_URL, or, in a build without it, at the deploy's origin
// (site-address.mjs). The language chooser at `/` is left out: it only redirects. Astro's own `site` stays unset then, so "cite this page" keeps taking the reader's address
// (components/mdx/chapter-page.ts).
import sitemap from '@astrojs/sitemap';
import { siteOrigin } from './site-address.mjs';

/** @returns {import('astro').AstroIntegration} */
export default function siteMap() {
  // `/` only sends readers on to /es/ (a redirect is no page of its own for a search engine)
  const inner = sitemap({
    i18n: { defaultLocale: 'es', locales: { es: 'es', en: 'en' } },
    // the embed pages (/{lang}/embed/{island}/) are parts of chapters for other sites' frames, not documents
    filter: (page) => /\/(es|en)\//.test(new URL(page).pathname) && !/\/embed\//.test(new URL(page).pathname),
  });
  const configDone = inner.hooks['astro:config:done'];
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:config:done': (args) => configDone?.({ ...args, config: { ...args.config, site: args.config.site ?? siteOrigin(undefined) } }),
    },
  };
}
