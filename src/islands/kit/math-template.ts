// Build-time KaTeX with live numbers, without shipping KaTeX: a formula is rendered once on the server with
// sentinel numbers (901, 902, …) where the live values go, split at those numbers into static HTML parts, and
// the island joins the parts with its values. KaTeX lays digits out in the normal text flow (one span, one
// <mn>), so a filled template is the HTML KaTeX would have produced for those numbers; the TeX annotation of
// the MathML keeps the symbolic names (l, l+1) instead.

/** One live number of a formula: its key, the sentinel it is rendered as, and its TeX in the annotation. */
export interface MathSlot { key: string; sentinel: string; tex: string }

/** KaTeX HTML split at its live numbers: parts[0] value(keys[0]) parts[1] … parts[n]. */
export interface MathTemplate { parts: string[]; keys: string[] }

const ANNOTATION = /(<annotation\b[^>]*>)([\s\S]*?)(<\/annotation>)/g;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Split KaTeX's HTML at the sentinels (only where one is a whole text node: `>901<`). Throws if a sentinel is left elsewhere. */
export function splitMath(html: string, slots: MathSlot[]): MathTemplate {
  const bySentinel = new Map(slots.map((s) => [s.sentinel, s]));
  const alternatives = slots.map((s) => escapeRe(s.sentinel)).join('|');
  // the annotation is TeX source: its sentinels become the symbolic names
  const withTex = html.replace(ANNOTATION, (_m, open: string, body: string, close: string) =>
    open + body.replace(new RegExp(alternatives, 'g'), (x) => bySentinel.get(x)!.tex) + close);
  const pieces = withTex.split(new RegExp(`(?<=>)(${alternatives})(?=<)`));
  const parts: string[] = [];
  const keys: string[] = [];
  pieces.forEach((p, i) => (i % 2 === 0 ? parts.push(p) : keys.push(bySentinel.get(p)!.key)));
  for (const s of slots) {
    if (parts.some((p) => p.includes(s.sentinel))) throw new Error(`math template: sentinel ${s.sentinel} left in the static HTML`);
  }
  return { parts, keys };
}

/** The HTML of a template with its live numbers (numbers only: nothing to escape). */
export function fillMath(t: MathTemplate, values: Record<string, number>): string {
  let out = t.parts[0];
  for (let i = 0; i < t.keys.length; i++) out += String(values[t.keys[i]]) + t.parts[i + 1];
  return out;
}
