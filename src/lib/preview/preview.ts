// Build time: a page's link preview (Open Graph / Twitter card image), 1200 × 630 px: the page's title, its main
// figure's title, the figure drawn as its static SVG is, the page's summary and address. The layout is the
// figure slide's (islands/kit/slide-layout.ts) at this size; colours are the light scheme's, written out
// (resvg knows no CSS variables), and resvg paints the PNG.
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import { chartCssVars } from '../../charts/tokens';
import { slideDrawWidth, slideLayout, slideSvg, type SlideText } from '../../islands/kit/slide-layout';
import { cssVars, resolveColour, type CssVars } from './colour';
import { drawFigure } from './figures';
import type { PreviewFigure } from '../page-address';
import { previewFonts, type PreviewFonts } from './fonts';
import type { Lang } from '../../i18n/paths';

/** The size Open Graph and Twitter's large card expect. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
/** The narrowest a chart is drawn at (narrower, the charts switch to their phone layout). */
const MIN_DRAW_WIDTH = 640;

/** What a preview says: the page's title, the figure's title, a summary line and the page's address. */
export interface PreviewText { title: string; figureTitle: string; summary: string; link: string }

/** The light scheme's custom properties: the page's tokens (src/styles/tokens.css, as text) and the charts'
 *  (activation and layer colours). */
export function previewVars(tokensCss: string): CssVars {
  const vars = cssVars(tokensCss, chartCssVars());
  if (!vars['--c-fg'] || !vars['--c-bg']) throw new Error('previewVars: the page tokens (--c-fg, --c-bg) are missing');
  return vars;
}

/** A paint value of `el` as written: the attribute, else the declaration in its style attribute. */
function written(el: Element, prop: string): string {
  const attr = el.getAttribute(prop);
  if (attr) return attr;
  for (const decl of (el.getAttribute('style') ?? '').split(';')) {
    const at = decl.indexOf(':');
    if (at > 0 && decl.slice(0, at).trim() === prop) return decl.slice(at + 1).trim();
  }
  return '';
}

/** The preview as SVG markup. */
export function previewSvg(figure: PreviewFigure, lang: Lang, text: PreviewText, fontFamily: string, vars: CssVars): string {
  const fg = resolveColour('var(--c-fg)', vars, '#000');
  const words: SlideText = { title: text.title, legend: [{ text: text.figureTitle }], state: text.summary, link: text.link };
  const box = slideLayout(words, PREVIEW_SIZE.width, PREVIEW_SIZE.height).chart;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const draw = (width: number) => {
    const holder = document.createElement('div');
    holder.innerHTML = drawFigure(figure, lang, width);
    return holder.firstElementChild as Element;
  };
  // as the slide export does: draw at the width that, scaled to the box's height, fills it
  let chart = draw(MIN_DRAW_WIDTH);
  const width = slideDrawWidth(Number(chart.getAttribute('height')) || box.height, box, MIN_DRAW_WIDTH);
  if (width !== MIN_DRAW_WIDTH) chart = draw(width);
  const svg = slideSvg(document as unknown as Document, {
    ...words, width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height, chart,
    palette: {
      fg, bg: resolveColour('var(--c-bg)', vars, fg), muted: resolveColour('var(--c-muted)', vars, fg),
      accent: resolveColour('var(--c-accent)', vars, fg), fontFamily: `'${fontFamily}', sans-serif`,
    },
    resolve: (el, prop) => resolveColour(written(el, prop), vars, fg),
  });
  // the chart's own font stack names the reader's system fonts; here it is the preview's font
  for (const el of [svg, ...svg.querySelectorAll('[font-family]')]) el.setAttribute('font-family', `'${fontFamily}', sans-serif`);
  for (const el of svg.querySelectorAll('[style*="font-family"]')) {
    el.setAttribute('style', (el.getAttribute('style') ?? '').replace(/font-family:[^;]*/g, `font-family:'${fontFamily}', sans-serif`));
  }
  return svg.outerHTML;
}

/** An SVG painted by resvg with `fonts`, at the SVG's own size (`.asPng()`, `.pixels` RGBA). */
export function renderSvg(svg: string, fonts: PreviewFonts = previewFonts()) {
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: fonts.loadSystemFonts, fontFiles: fonts.files, defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
    },
    fitTo: { mode: 'original' },
  });
  return resvg.render();
}

/** PNG bytes of an SVG (renderSvg). */
export function svgToPng(svg: string, fonts: PreviewFonts = previewFonts()): Uint8Array {
  return renderSvg(svg, fonts).asPng();
}

/** The preview of a page: PNG bytes, 1200 × 630. */
export function previewPng(figure: PreviewFigure, lang: Lang, text: PreviewText, vars: CssVars): Uint8Array {
  const fonts = previewFonts();
  return svgToPng(previewSvg(figure, lang, text, fonts.family, vars), fonts);
}
