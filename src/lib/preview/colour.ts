// Build time: a chart colour as the page's CSS would compute it in the light scheme, written out as rgb()/rgba()
// so an SVG renderer without CSS (resvg, for the link previews) draws it. Knows what the charts use: custom
// properties (`var(--c-muted)`, the activation and layer tokens), `light-dark()`, `currentColor`,
// `color-mix(in oklab, …)` of two colours, hex and rgb()/rgba().

/** Custom properties by name (`--c-fg` → its value, which may itself use var() or light-dark()). */
export type CssVars = Record<string, string>;

/** `--name: value;` declarations of a style sheet or of a `:root{…}` string (the last one wins, as in CSS). */
export function cssVars(...sheets: string[]): CssVars {
  const out: CssVars = {};
  for (const sheet of sheets) {
    for (const m of sheet.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--[\w-]+)\s*:\s*([^;{}]+);?/g)) out[m[1]] = m[2].trim();
  }
  return out;
}

/** `s` split at its top-level commas (not those inside parentheses). */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if (s[i] === ',' && depth === 0) { parts.push(s.slice(start, i).trim()); start = i + 1; }
  }
  parts.push(s.slice(start).trim());
  return parts;
}

/** The first `name(` … matching `)` in `s`: where it starts, ends (after the ')') and its inside. */
function call(s: string, name: string): { start: number; end: number; inner: string } | null {
  const start = s.toLowerCase().indexOf(`${name}(`);
  if (start < 0) return null;
  let depth = 0;
  for (let i = start + name.length; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return { start, end: i + 1, inner: s.slice(start + name.length + 1, i) };
  }
  return null;
}

/** An RGBA colour, channels 0–255 and alpha 0–1. */
export interface Rgba { r: number; g: number; b: number; a: number }

/** Parses #rgb, #rrggbb, #rrggbbaa, rgb() and rgba() (comma or space syntax). */
export function parseColour(s: string): Rgba | null {
  const t = s.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(t);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(t);
  if (fn) {
    const p = fn[1].split(/[\s,/]+/).filter(Boolean).map((v) => (v.endsWith('%') ? (Number(v.slice(0, -1)) / 100) : Number(v)));
    if (p.length < 3 || p.some((v) => !Number.isFinite(v))) return null;
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  }
  if (t === 'white') return { r: 255, g: 255, b: 255, a: 1 };
  if (t === 'black') return { r: 0, g: 0, b: 0, a: 1 };
  if (t === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  return null;
}

/** rgb(r,g,b) when opaque, else rgba(r,g,b,a); channels rounded. */
export function formatColour(c: Rgba): string {
  const ch = (v: number) => Math.round(Math.min(255, Math.max(0, v)));
  return c.a >= 1 ? `rgb(${ch(c.r)},${ch(c.g)},${ch(c.b)})` : `rgba(${ch(c.r)},${ch(c.g)},${ch(c.b)},${Number(c.a.toFixed(3))})`;
}

const toLinear = (v: number) => { const c = v / 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
const fromLinear = (c: number) => 255 * (Math.abs(c) <= 0.0031308 ? 12.92 * c : Math.sign(c) * (1.055 * Math.abs(c) ** (1 / 2.4) - 0.055));

/** sRGB → OKLab (Björn Ottosson's matrices, as CSS Color 4 defines them). */
function toOklab({ r, g, b }: Rgba): [number, number, number] {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** OKLab → sRGB channels 0–255 (clamped by formatColour). */
function fromOklab([L, A, B]: [number, number, number], a: number): Rgba {
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return {
    r: fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
    a,
  };
}

/** `color-mix(in oklab, A p%, B)`: p% of A, the rest B (premultiplied by alpha, as CSS mixes). */
export function mixOklab(a: Rgba, b: Rgba, pA: number): Rgba {
  const [la, lb] = [toOklab(a), toOklab(b)];
  const alpha = a.a * pA + b.a * (1 - pA);
  if (alpha === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = [0, 1, 2].map((i) => (la[i] * a.a * pA + lb[i] * b.a * (1 - pA)) / alpha) as [number, number, number];
  return fromOklab(mix, alpha);
}

/** A `color-mix()` argument list: both colours with their percentages (CSS's rules when one or none is given). */
function mixArgs(inner: string, resolve: (s: string) => string): Rgba | null {
  const [space, ...colours] = splitTop(inner);
  if (!/^in\s+oklab$/i.test(space) || colours.length !== 2) return null;
  const parsed = colours.map((c) => {
    const m = /\s(\d+(?:\.\d+)?)%\s*$/.exec(` ${c}`);
    return { colour: parseColour(resolve(m ? c.slice(0, c.length - m[0].length + 1).trim() : c)), pct: m ? Number(m[1]) / 100 : null };
  });
  const [x, y] = parsed;
  if (!x.colour || !y.colour) return null;
  const px = x.pct ?? (y.pct !== null ? 1 - y.pct : 0.5);
  return mixOklab(x.colour, y.colour, px);
}

/**
 * `value` with every custom property, `light-dark()` (its light side), `currentColor` (`fg`) and
 * `color-mix(in oklab, …)` resolved; a plain colour comes back as rgb()/rgba(); anything else unchanged.
 */
export function resolveColour(value: string, vars: CssVars, fg: string): string {
  const resolve = (s: string, depth: number): string => {
    if (depth > 16) throw new Error(`resolveColour: custom properties nest too deep in "${value}"`);
    let out = s.trim();
    for (let v = call(out, 'var'); v; v = call(out, 'var')) {
      const [name, fallback] = splitTop(v.inner);
      const got = vars[name.trim()] ?? fallback;
      if (got === undefined) throw new Error(`resolveColour: ${name.trim()} is not defined`);
      out = out.slice(0, v.start) + resolve(got, depth + 1) + out.slice(v.end);
    }
    for (let ld = call(out, 'light-dark'); ld; ld = call(out, 'light-dark')) {
      out = out.slice(0, ld.start) + resolve(splitTop(ld.inner)[0], depth + 1) + out.slice(ld.end);
    }
    out = out.replace(/currentcolor/gi, fg);
    for (let mix = call(out, 'color-mix'); mix; mix = call(out, 'color-mix')) {
      const c = mixArgs(mix.inner, (x) => resolve(x, depth + 1));
      if (!c) throw new Error(`resolveColour: cannot mix "${mix.inner}"`);
      out = out.slice(0, mix.start) + formatColour(c) + out.slice(mix.end);
    }
    const plain = parseColour(out);
    return plain ? formatColour(plain) : out;
  };
  return resolve(value, 0);
}
