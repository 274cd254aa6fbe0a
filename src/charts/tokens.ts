// The one place colours are chosen (STYLE.md, practice 11). Charts never hard-code a colour: they use
// `currentColor`, the page's CSS variables, or the CSS variables below, so a chart follows the light/dark
// scheme without being redrawn. Hues after Okabe & Ito's colour-blind-safe palette, each with a darker
// variant for the light scheme and a lighter one for the dark scheme (≥ 3:1 against the background).
import type { ActivationName } from '../engine';

/** Light- and dark-scheme colour of each activation. */
export const ACTIVATION_COLORS: Record<ActivationName, { light: string; dark: string }> = {
  sigmoid: { light: '#0072b2', dark: '#56b4e9' },
  tanh: { light: '#c25400', dark: '#f28e42' },
  relu: { light: '#007a5a', dark: '#2fc79b' },
  'leaky-relu': { light: '#a0527f', dark: '#e49bc4' },
  elu: { light: '#7a6500', dark: '#e8d84a' },
  gelu: { light: '#a86400', dark: '#e6a21a' },
  softplus: { light: '#5b4fc4', dark: '#aea4ff' },
  silu: { light: '#1f7391', dark: '#86d3ec' },
  linear: { light: '#4d4d4d', dark: '#c4c4c4' },
};

/** The CSS custom property holding an activation's colour. */
export function activationVar(name: ActivationName): string {
  return `--c-act-${name}`;
}

/** An activation's colour as a CSS value Plot accepts (`var(--c-act-tanh)`), following the scheme. */
export function activationColor(name: ActivationName): string {
  return `var(${activationVar(name)})`;
}

/** Declarations for `:root` defining every chart colour with `light-dark()` (the layout inlines them). */
export function chartCssVars(): string {
  const pair = (v: string, c: { light: string; dark: string }) => `${v}:light-dark(${c.light},${c.dark});`;
  return (Object.keys(ACTIVATION_COLORS) as ActivationName[])
    .map((name) => pair(activationVar(name), ACTIVATION_COLORS[name]))
    .concat(pair('--c-layer-first', LAYER_ENDS.first), pair('--c-layer-last', LAYER_ENDS.last))
    .join('');
}

/** Text, axes and grid: the page's own colours. */
export const INK = 'currentColor';
export const MUTED = 'var(--c-muted)';
/** Fill of shaded regions (e.g. where g' is near zero): a translucent grey that works on both schemes. */
export const SHADE = 'var(--c-shade)';
/** A text's halo (paint-order stroke in the page colour): a label stays readable where a line runs under it. */
export const HALO = { stroke: 'var(--c-bg)', strokeWidth: 3, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;
/** Accent for marks that point at something (a maximum, a threshold). */
export const ACCENT = 'var(--c-accent)';
/** Lines and words drawn over a colour map whose colours do not follow the page's scheme (the phase diagram's
 *  χ₁ cells are as light in dark mode as in light mode): fixed dark ink on a light halo, in both schemes. */
export const ON_MAP = { ink: '#1a1a1a', muted: '#3b3b3b', halo: 'rgba(255, 255, 255, 0.85)' } as const;

/** Layer colours run from the first hidden layer's hue to the last's (blue → vermillion, colour-blind safe). */
export const LAYER_ENDS = { first: { light: '#0072b2', dark: '#56b4e9' }, last: { light: '#c25400', dark: '#f28e42' } };

/** Colour of layer `layer` (1-based) among `layers`: a mix of the two end hues, following the scheme. */
export function layerColor(layer: number, layers: number): string {
  const t = layers <= 1 ? 0 : (layer - 1) / (layers - 1);
  const pct = Math.round(PERCENT * Math.min(1, Math.max(0, t)));
  return `color-mix(in oklab, var(--c-layer-last) ${pct}%, var(--c-layer-first))`;
}
const PERCENT = 100;
