// The web app manifest of one language, so the book can be installed (issue 16): it starts at that
// language's home and covers the whole site (both languages) under the base path.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, asset, basePath, siteStrings, url, type Lang } from '../../i18n';
import { APP_ICONS, ICON_BACKGROUND } from '../../lib/app-icon';

export const getStaticPaths: GetStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const t = siteStrings(lang);
  const manifest = {
    name: t.siteTitle,
    short_name: lang === 'es' ? 'Gradiente' : 'Gradient',
    description: t.siteTagline,
    lang,
    id: url(lang),
    start_url: url(lang),
    scope: basePath(),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: ICON_BACKGROUND,
    icons: APP_ICONS.filter((i) => i.purpose !== 'apple').map((i) => ({
      src: asset(`icons/${i.name}.png`), sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose,
    })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
