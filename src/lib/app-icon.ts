// The app icon (web app manifest, home screen), drawn as SVG and rendered to PNG at build time
// (src/pages/icons/[name].png.ts): the favicon's mark, a gradient's curve fading along a blue tile.

/** The icons the manifest lists: `any` has rounded corners; `maskable` fills the square and keeps the mark
 *  inside the central 80 % safe zone that launchers may crop to a circle. */
export const APP_ICONS = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
  { name: 'apple-touch-180', size: 180, purpose: 'apple' },
] as const;

/** Tile colour: the light scheme's accent (tokens.css --c-accent). */
export const ICON_BACKGROUND = '#0a58a8';

/** The icon's SVG, on a 32-unit grid like favicon.svg. */
export function iconSvg(purpose: (typeof APP_ICONS)[number]['purpose']): string {
  const full = purpose !== 'any';
  // maskable: scale the mark into the safe zone (80 % of the side, centred)
  const mark = purpose === 'maskable' ? 'transform="translate(3.2 3.2) scale(0.8)"' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">`
    + `<rect width="32" height="32" rx="${full ? 0 : 6}" fill="${ICON_BACKGROUND}"/>`
    + `<g ${mark}><path d="M4 8 C 12 8, 14 24, 28 26" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round"/></g>`
    + `</svg>`;
}
