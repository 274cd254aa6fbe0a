// Link previews (issue 13): absolute addresses at SITE_URL's origin or the deploy's, under the build's base;
// chart colours written out for resvg (custom properties, light-dark(), color-mix in OKLab); the preview a 1200 × 630
// PNG with nothing left that only the page's CSS could resolve.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_ORIGIN, absoluteUrl, siteOrigin } from '../../src/lib/site-address.mjs';
import { CHAPTERS, mainFigure, pageAddresses, previewPage, previewPath } from '../../src/lib/page-address';
import { cssVars, formatColour, mixOklab, parseColour, resolveColour } from '../../src/lib/preview/colour';
import { previewSvg, previewVars, renderSvg, svgToPng, PREVIEW_SIZE } from '../../src/lib/preview/preview';
import { previewFonts } from '../../src/lib/preview/fonts';
import { ROOT } from './content-parse';

describe('absolute addresses', () => {
  it('take SITE_URL\'s origin, else the deploy\'s', () => {
    expect(siteOrigin('https://example.org')).toBe('https://example.org');
    expect(siteOrigin(new URL('https://example.org/some/path/'))).toBe('https://example.org');
    expect(siteOrigin(undefined)).toBe(PUBLIC_ORIGIN);
    expect(siteOrigin('  ')).toBe(PUBLIC_ORIGIN);
  });

  it('keep the path, base included, and refuse a relative one', () => {
    expect(absoluteUrl('/vanishing-gradient/es/problem/?product.depth=30#product', 'https://a.test'))
      .toBe('https://a.test/vanishing-gradient/es/problem/?product.depth=30#product');
    expect(() => absoluteUrl('es/problem/', 'https://a.test')).toThrow(/root-relative/);
  });

  it('a page\'s canonical, alternates (es, en, x-default = Spanish) and image carry the base', () => {
    const a = pageAddresses('en', 'handout/problem', 'https://a.test', '/vg/');
    expect(a.canonical).toBe('https://a.test/vg/en/handout/problem/');
    expect(a.alternates).toEqual([
      { hreflang: 'es', href: 'https://a.test/vg/es/handout/problem/' },
      { hreflang: 'en', href: 'https://a.test/vg/en/handout/problem/' },
      { hreflang: 'x-default', href: 'https://a.test/vg/es/handout/problem/' },
    ]);
    expect(a.image).toBe('https://a.test/vg/en/preview/problem.png');
    expect(pageAddresses('es', undefined, 'https://a.test', '/').canonical).toBe('https://a.test/es/');
  });

  it('a page shows its chapter\'s preview; pages outside a chapter show the home page\'s', () => {
    expect(previewPage('solutions')).toBe('solutions');
    expect(previewPage('handout/final-note')).toBe('final-note');
    expect(previewPage('handout/final-note/answers')).toBe('final-note');
    expect(previewPage(undefined)).toBe('home');
    expect(previewPage('instructors')).toBe('home');
    expect(previewPath('es', 'home', '/')).toBe('/es/preview/home.png');
  });

  it('knows every chapter there is (content/es)', () => {
    expect([...CHAPTERS].sort()).toEqual(readdirSync(join(ROOT, 'content', 'es')).map((f) => f.replace(/\.mdx$/, '')).sort());
  });
});

describe('colours for resvg', () => {
  const vars = cssVars(':root { --fg: light-dark(#112233, #eeeeee); --a: var(--fg); --half: rgba(0, 0, 0, 0.5); }');

  it('resolves custom properties (nested, with fallbacks), light-dark() to its light side and currentColor', () => {
    expect(resolveColour('var(--a)', vars, '#000')).toBe('rgb(17,34,51)');
    expect(resolveColour('var(--missing, #fff)', vars, '#000')).toBe('rgb(255,255,255)');
    expect(resolveColour('currentColor', vars, '#010203')).toBe('rgb(1,2,3)');
    expect(resolveColour('var(--half)', vars, '#000')).toBe('rgba(0,0,0,0.5)');
    expect(() => resolveColour('var(--nope)', vars, '#000')).toThrow(/--nope/);
  });

  it('mixes in OKLab: white and black half and half is OKLab L = 0.5, sRGB 99 (CSS Color 4)', () => {
    // L = 0.5 → linear light 0.5³ = 0.125 → sRGB 1.055 · 0.125^(1/2.4) − 0.055 = 0.3885 → 99.1
    expect(resolveColour('color-mix(in oklab, white 50%, black)', vars, '#000')).toBe('rgb(99,99,99)');
    const [a, b] = [parseColour('#0072b2')!, parseColour('#c25400')!];
    expect(formatColour(mixOklab(a, b, 1))).toBe('rgb(0,114,178)');
    expect(formatColour(mixOklab(a, b, 0))).toBe('rgb(194,84,0)');
    expect(formatColour(mixOklab(a, a, 0.37))).toBe('rgb(0,114,178)');
    // one percentage given: the other colour takes the rest
    expect(resolveColour('color-mix(in oklab, #0072b2 30%, #c25400)', vars, '#000'))
      .toBe(resolveColour('color-mix(in oklab, #c25400 70%, #0072b2)', vars, '#000'));
  });
});

describe('the preview image', () => {
  const tokens = readFileSync(join(ROOT, 'src', 'styles', 'tokens.css'), 'utf8');
  const vars = previewVars(tokens);
  const text = { title: 'El problema', figureTitle: 'Figura 1.1 · El producto', summary: 'Un resumen.', link: 'https://a.test/es/problem/' };

  it('has its words and every colour written out, for each figure', () => {
    for (const figure of ['product', 'remedies', 'exploding'] as const) {
      expect(mainFigure(figure === 'product' ? 'problem' : figure === 'remedies' ? 'solutions' : 'final-note')).toBe(figure);
      const svg = previewSvg(figure, 'es', text, 'DejaVu Sans', vars);
      expect(svg).toContain(`width="${PREVIEW_SIZE.width}"`);
      expect(svg).toContain(`height="${PREVIEW_SIZE.height}"`);
      for (const words of [text.title, text.figureTitle, text.summary, text.link]) expect(svg).toContain(words);
      // nothing only the page's CSS can resolve is left in a paint attribute or an inline style
      expect(svg).not.toMatch(/(fill|stroke|color)(="|:)\s*[^";]*(var\(|currentcolor|color-mix|light-dark)/i);
    }
  });

  it('is a 1200 × 630 PNG, its title drawn in a font the build found', () => {
    const fonts = previewFonts();
    const svg = previewSvg('product', 'en', text, fonts.family, vars);
    const png = Buffer.from(svgToPng(svg, fonts));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // the title's band (the slide layout's first line, 48–110 px from the top): dark pixels only if a font drew it
    const image = renderSvg(svg, fonts);
    const px = image.pixels;
    let ink = 0;
    for (let y = 48; y < 110; y++) for (let x = 0; x < image.width; x++) if (px[(y * image.width + x) * 4] < 128) ink++;
    expect(ink).toBeGreaterThan(1000);
  });
});
