// The figure downloads (SVG and PNG) as a slide, in the browser; loaded on the first click as a file of its own
// (kit/downloads-loader.ts). The chart is drawn again by its own chart function at the width that fills a 16:9
// slide once scaled up, off screen inside its figure so the page's colours apply, then written out with the
// figure's title, legend, state and deep link (slide-layout.ts). The PNG is the same SVG painted on a
// 1920 × 1080 canvas, whatever the screen's pixel ratio.
import { saveBlob } from './download';
import {
  SLIDE, slideDrawWidth, slideLayout, slideSvg, stateCaption, type LegendItem, type SlidePalette, type SlideText, type StateControl,
} from './slide-layout';

/** Narrowest width a chart is drawn at for a slide (below it the charts take their phone layouts). */
const MIN_DRAW_WIDTH = 600;
/** Redraws allowed while the width settles (a chart whose height depends on its width). */
const DRAW_TRIES = 3;

/** The figure's title: its numbered label ("Figure 1.2 · …"), else its caption's bold lead, else the page's title. */
export function figureTitle(figure: Element): string {
  const frame = figure.closest('.figure-frame')?.querySelector('.figure-frame__label');
  const lead = figure.querySelector('figcaption strong');
  const text = frame?.textContent || lead?.textContent || document.title;
  return text.replace(/\s+/g, ' ').trim();
}

/** Script markup (P_l) back from the <sub>/<sup> a legend shows (kit/MathText.svelte). */
function markup(el: Element): string {
  let out = '';
  for (const n of el.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent ?? '';
    else if (n instanceof Element) {
      const inner = markup(n);
      out += n.localName === 'sub' ? `_{${inner}}` : n.localName === 'sup' ? `^{${inner}}` : inner;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The legend as the island shows it beside the chart (`.legend`): list items with their swatches, or a sentence. */
export function figureLegend(figure: Element): LegendItem[] {
  const items: LegendItem[] = [];
  for (const legend of figure.querySelectorAll('.legend')) {
    const lis = legend.querySelectorAll('li');
    if (lis.length === 0) { items.push({ text: markup(legend) }); continue; }
    for (const li of lis) {
      const swatch = getComputedStyle(li, '::before');
      const dashed = swatch.backgroundImage !== 'none';
      const colour = dashed ? getComputedStyle(li).color : swatch.backgroundColor;
      items.push({ text: markup(li), color: toRgb(colour), dashed });
    }
  }
  return items;
}

let pixel: CanvasRenderingContext2D | null = null;
/** Any CSS colour the browser computed (oklab(), color(srgb …) from color-mix) as rgb()/rgba(), which every SVG reader knows. */
function toRgb(colour: string): string {
  if (!colour || colour === 'none' || colour.startsWith('url(')) return colour;
  pixel ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
  if (!pixel) return colour;
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = '#000';
  pixel.fillStyle = colour;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  return a === 255 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${Number((a / 255).toFixed(3))})`;
}

/** The page's colours, as the figure sees them (the scheme the reader has now). */
function palette(figure: Element, holder: HTMLElement): SlidePalette {
  const probe = (v: string) => {
    const s = document.createElement('span');
    s.style.color = v;
    holder.append(s);
    const c = getComputedStyle(s).color;
    s.remove();
    return toRgb(c);
  };
  const fig = getComputedStyle(figure);
  return {
    fg: toRgb(fig.color), bg: toRgb(getComputedStyle(document.body).backgroundColor),
    muted: probe('var(--c-muted)'), accent: probe('var(--c-accent)'), fontFamily: fig.fontFamily,
  };
}

/** Draws the island's chart at a width (kit/chart-registry.ts). */
export type Draw = (width: number) => Element;

/**
 * The figure as a slide: SVG markup of SLIDE's size. `svg` is the chart on the page, `draw` the function that
 * drew it (without one, the chart on the page is scaled as it is); `text` without the title and legend.
 */
export function slideMarkup(svg: SVGSVGElement, text: Pick<SlideText, 'state' | 'link'>, draw?: Draw): string {
  const figure = svg.closest('figure') ?? svg.closest('[data-island]') ?? document.body;
  const words: SlideText = { ...text, title: figureTitle(figure), legend: figureLegend(figure) };
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;overflow:hidden;visibility:hidden;pointer-events:none';
  figure.append(holder);
  try {
    const box = slideLayout(words).chart;
    let chart: Element = svg.cloneNode(true) as Element;
    if (draw) {
      let width = box.width;
      chart = draw(width);
      for (let i = 0; i < DRAW_TRIES; i++) {
        const next = slideDrawWidth(Number(chart.getAttribute('height')) || box.height, box, MIN_DRAW_WIDTH);
        if (Math.abs(next - width) < 2) break;
        width = next;
        chart = draw(width);
      }
    }
    holder.append(chart);
    const slide = slideSvg(document, {
      ...words, palette: palette(figure, holder), chart,
      resolve: (el, prop) => toRgb(getComputedStyle(el).getPropertyValue(prop)),
    });
    return new XMLSerializer().serializeToString(slide);
  } finally {
    holder.remove();
  }
}

/** What the toolbar knows of the island: its controls, its state, what a lesson link hid, its deep link. */
export interface SlideSource { controls: StateControl[]; state: object; hidden: readonly string[]; link: string; draw?: Draw }

/** Saves the figure as a slide, `<filename>.svg` or `<filename>.png`. */
export async function downloadSlide(kind: 'svg' | 'png', svg: SVGSVGElement, source: SlideSource, filename: string): Promise<void> {
  const text = { state: stateCaption(source.controls, source.state as Record<string, unknown>, source.hidden), link: source.link };
  if (kind === 'svg') downloadSlideSvg(svg, text, filename, source.draw);
  else await downloadSlidePng(svg, text, filename, source.draw);
}

/** Saves the slide as `<filename>.svg`. */
export function downloadSlideSvg(svg: SVGSVGElement, text: Pick<SlideText, 'state' | 'link'>, filename: string, draw?: Draw): void {
  saveBlob(new Blob([slideMarkup(svg, text, draw)], { type: 'image/svg+xml' }), `${filename}.svg`);
}

/** Saves the slide as `<filename>.png`, SLIDE's size in pixels. */
export async function downloadSlidePng(svg: SVGSVGElement, text: Pick<SlideText, 'state' | 'link'>, filename: string, draw?: Draw): Promise<void> {
  const markupText = slideMarkup(svg, text, draw);
  const href = URL.createObjectURL(new Blob([markupText], { type: 'image/svg+xml' }));
  try {
    const img = new Image(SLIDE.width, SLIDE.height);
    await new Promise<void>((ok, fail) => { img.onload = () => ok(); img.onerror = () => fail(new Error('svg')); img.src = href; });
    const canvas = Object.assign(document.createElement('canvas'), { width: SLIDE.width, height: SLIDE.height });
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.drawImage(img, 0, 0, SLIDE.width, SLIDE.height);
    const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
    if (blob) saveBlob(blob, `${filename}.png`);
  } finally {
    URL.revokeObjectURL(href);
  }
}
