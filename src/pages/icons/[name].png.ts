// The app icons as PNG files, rendered at build time from src/lib/app-icon.ts by resvg.
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { APP_ICONS, iconSvg } from '../../lib/app-icon';

export const getStaticPaths: GetStaticPaths = () => APP_ICONS.map((icon) => ({ params: { name: icon.name }, props: { icon } }));

export const GET: APIRoute = ({ props }) => {
  const { icon } = props as { icon: (typeof APP_ICONS)[number] };
  const png = new Resvg(iconSvg(icon.purpose), { fitTo: { mode: 'width', value: icon.size } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
