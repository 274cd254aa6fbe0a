// Chart labels that name mathematics are written with a small markup, `P_l`, `P_{l+1}`, `χ₁^((L−l)/2)`, and
// drawn with real subscripts and superscripts: Plot's text marks write strings, so after Plot has drawn, the
// text nodes of the SVG are rewritten into tspans. Shifts use `dy` (a nested tspan scales the glyphs), which
// every browser honours in SVG text, unlike `baseline-shift`. Pure and DOM-agnostic: it runs on the browser's
// document for the live chart and on linkedom's for the build-time SVG.

export type Shift = 'sub' | 'super';
/** A run of label text, on the baseline (shift null) or as a subscript or superscript. */
export interface Segment { text: string; shift: Shift | null }

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Size of a script relative to its label. */
export const SCRIPT_SCALE = 0.75;
/** How far a script sits below or above the baseline, in the label's em. */
export const SCRIPT_SHIFT_EM: Record<Shift, number> = { sub: 0.3, super: -0.45 };

const OPEN: Record<string, string> = { '(': ')', '{': '}' };
/** A one-character script: a letter or digit (`P_l`, `x^2`). */
const SCRIPT_CHAR = /[\p{L}\p{N}]/u;

/** Index just past the group that opens at `start` (balanced), or −1. */
function groupEnd(s: string, start: number): number {
  const open = s[start];
  const close = OPEN[open];
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    if (s[i] === open) depth++;
    else if (s[i] === close && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Split a label into runs: `_x` / `^x` (one letter or digit) and `_{…}`, `_(…)`, `^{…}`, `^(…)` (a balanced
 * group, written without its outer brackets: `^((L−l)/2)` is the exponent (L−l)/2) become scripts; any other
 * `_` or `^` stays as it is.
 */
export function mathSegments(label: string): Segment[] {
  const out: Segment[] = [];
  let plain = '';
  const s = label;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '_' || c === '^') {
      const shift: Shift = c === '_' ? 'sub' : 'super';
      const next = s[i + 1] ?? '';
      let text: string | null = null;
      let end = i + 1;
      if (next in OPEN) {
        const e = groupEnd(s, i + 1);
        if (e > 0) { text = s.slice(i + 2, e - 1); end = e; }
      } else {
        const cp = s.codePointAt(i + 1);
        const ch = cp === undefined ? '' : String.fromCodePoint(cp);
        if (ch && SCRIPT_CHAR.test(ch)) { text = ch; end = i + 1 + ch.length; }
      }
      if (text) {
        if (plain) out.push({ text: plain, shift: null });
        plain = '';
        out.push({ text, shift });
        i = end;
        continue;
      }
    }
    plain += c;
    i++;
  }
  if (plain) out.push({ text: plain, shift: null });
  return out;
}

/** True when a label holds script markup. */
export function hasMath(label: string): boolean {
  return mathSegments(label).some((seg) => seg.shift !== null);
}

const em = (x: number) => `${Number(x.toFixed(3))}em`;

/**
 * The SVG nodes of one label: text on the baseline, scripts as shifted, smaller tspans. A label that ends in a
 * script and is followed by more text in its <text> (another line, say) gets a zero-width run that brings the
 * pen back to the baseline.
 */
function typesetNodes(doc: Document, label: string, followed: boolean): Node[] {
  const nodes: Node[] = [];
  let offset = 0; // current shift from the baseline, in the label's em
  for (const seg of mathSegments(label)) {
    const target = seg.shift ? SCRIPT_SHIFT_EM[seg.shift] : 0;
    const dy = target - offset;
    offset = target;
    if (!seg.shift && dy === 0) { nodes.push(doc.createTextNode(seg.text)); continue; }
    // the outer tspan has the label's size, so its dy is in the label's em; the inner one shrinks the script
    const outer = doc.createElementNS(SVG_NS, 'tspan');
    if (dy !== 0) outer.setAttribute('dy', em(dy));
    if (seg.shift) {
      const inner = doc.createElementNS(SVG_NS, 'tspan');
      inner.setAttribute('font-size', `${SCRIPT_SCALE * 100}%`);
      inner.textContent = seg.text;
      outer.appendChild(inner);
    } else {
      outer.textContent = seg.text;
    }
    nodes.push(outer);
  }
  if (offset !== 0 && followed) {
    const back = doc.createElementNS(SVG_NS, 'tspan');
    back.setAttribute('dy', em(-offset));
    back.textContent = '\u200B';
    nodes.push(back);
  }
  return nodes;
}

/** Whether anything comes after `node` inside its <text> element. */
function followed(node: Node): boolean {
  for (let n: Node | null = node; n && (n as Element).localName !== 'text'; n = n.parentNode) {
    if (n.nextSibling) return true;
  }
  return false;
}

/** Rewrite every text node with script markup inside `root`'s <text> elements into tspans. Returns `root`. */
export function typesetMath<T extends Element>(root: T): T {
  const doc = root.ownerDocument;
  const texts: Text[] = [];
  const visit = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3 && hasMath((child as Text).data)) texts.push(child as Text);
      else if (child.nodeType === 1) visit(child);
    }
  };
  const labels = root.localName === 'text' ? [root] : [...root.querySelectorAll('text')];
  labels.forEach(visit);
  for (const t of texts) {
    const parent = t.parentNode;
    if (!parent) continue;
    for (const n of typesetNodes(doc, t.data, followed(t))) parent.insertBefore(n, t);
    parent.removeChild(t);
  }
  return root;
}
