// Build time only: the lecture's figure "Salto de capa (Skip layer)" as a static SVG, drawn to its equation
//   A^(l) = g( A^(l−1) W^(l−1) + B^(l−1) + A^(l−2) W^(l−2,l) ):
// the skip leaves A^(l−2), goes around layer l−1 and joins layer l's sum before g. Read top to bottom.
// Colours are the page's tokens (currentColor, --c-accent, --c-muted), set by class so both schemes and print
// follow; the skip is also dashed and labelled, so nothing rests on colour. Math labels are SVG text in KaTeX's
// fonts with real superscripts (tspans shifted by dy, as src/charts/math-label.ts does).
import katex from 'katex';
import type { SkipDiagramWords } from '../../i18n/skip-diagram';

/** Width and height of the viewBox (the SVG scales with the column). */
export const VIEW = { width: 390, height: 516 };
/** x of the main column and of the skip's vertical run. */
const X = 168;
const SKIP_X = 300;
const BOX = { w: 84, h: 36 };
const G_BOX = 34;
const SUM_R = 14;
/** Vertical centre of each element, top to bottom. */
export const ROWS = {
  aPrev2: 26, branch: 64, sum1: 130, g1: 198, aPrev1: 264, sum2: 346, g2: 414, a: 482,
} as const;
const BIAS_X = 92;
const ARROW = 8;
const MATH_SIZE = 18;
const WORD_SIZE = 14;
/** Superscripts: size and shift in the label's em (as src/charts/math-label.ts). */
const SCRIPT_SCALE = 0.75;
const SCRIPT_SHIFT_EM = -0.45;

/** Where the skip's arrow ends: on the rim of layer l's sum, the one before g^(l) (tests check it). */
export const SKIP_END = { x: X + SUM_R, y: ROWS.sum2 };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One run of a math label: Latin letters in KaTeX's math italic, the rest (digits, −, parentheses) upright. */
function mathRuns(s: string): string {
  return [...s.matchAll(/([A-Za-z]+)|([^A-Za-z]+)/g)]
    .map((m) => (m[1] ? `<tspan class="sd-mi">${esc(m[1])}</tspan>` : `<tspan class="sd-mn">${esc(m[2])}</tspan>`))
    .join('');
}

/** A math label `base^(script)` as SVG text: the superscript smaller and raised. */
export function mathLabel(x: number, y: number, base: string, script: string, anchor = 'middle', cls = ''): string {
  const sup = script
    ? `<tspan dy="${SCRIPT_SHIFT_EM}em"><tspan font-size="${SCRIPT_SCALE * 100}%">${mathRuns(script)}</tspan></tspan>`
    : '';
  return `<text class="sd-math ${cls}" x="${x}" y="${y}" text-anchor="${anchor}" dominant-baseline="central" font-size="${MATH_SIZE}">`
    + `${mathRuns(base)}${sup}</text>`;
}

/** A word label (layer names, "skip") with an italic math symbol after it. */
function wordLabel(x: number, y: number, word: string, math: string, anchor: string, cls: string): string {
  return `<text class="sd-word ${cls}" x="${x}" y="${y}" text-anchor="${anchor}" dominant-baseline="central" font-size="${WORD_SIZE}">`
    + `${esc(word)}${math ? ` ${mathRuns(math)}` : ''}</text>`;
}

const arrow = (x1: number, y1: number, x2: number, y2: number, cls = '') =>
  `<line class="sd-line ${cls}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" marker-end="url(#sd-head${cls ? '-skip' : ''})"/>`;

const node = (y: number, base: string, script: string) =>
  `<rect class="sd-node" x="${X - BOX.w / 2}" y="${y - BOX.h / 2}" width="${BOX.w}" height="${BOX.h}" rx="6"/>`
  + mathLabel(X, y, base, script);

const gBox = (y: number, word: string, layer: string) =>
  `<rect class="sd-node" x="${X - G_BOX / 2}" y="${y - G_BOX / 2}" width="${G_BOX}" height="${G_BOX}" rx="3"/>`
  + mathLabel(X, y, 'g', '')
  + wordLabel(X - G_BOX / 2 - 12, y, word, layer, 'end', 'sd-muted');

const sum = (y: number) =>
  `<circle class="sd-node" cx="${X}" cy="${y}" r="${SUM_R}"/>`
  + `<path class="sd-plus" d="M${X - 7} ${y}h14M${X} ${y - 7}v14"/>`;

const bias = (y: number, script: string) =>
  arrow(BIAS_X, y, X - SUM_R - 1, y) + mathLabel(BIAS_X - 6, y, 'B', script, 'end');

/** The diagram as one accessible SVG: role="img", named by its <title>, described by its <desc>. */
export function skipDiagramSvg(t: SkipDiagramWords, id = 'skip-diagram'): string {
  const r = ROWS;
  const top = (y: number, h: number) => y - h / 2;
  const bottom = (y: number, h: number) => y + h / 2;
  const labelX = X + 10;
  const head = (name: string, cls: string) =>
    `<marker id="${name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="${ARROW}" markerHeight="${ARROW}" markerUnits="userSpaceOnUse" orient="auto">`
    + `<path class="${cls}" d="M0 0L10 5L0 10z"/></marker>`;
  /** One layer from its sum on: the sum with its bias, Z into g, and g's arrow down to the next activation. */
  const sumToActivation = (sumY: number, gY: number, nextY: number, biasScript: string, layer: string) =>
    sum(sumY) + bias(sumY, biasScript)
    + arrow(X, bottom(sumY, 2 * SUM_R), X, top(gY, G_BOX) - 1)
    + mathLabel(labelX, (sumY + gY) / 2 + 2, 'Z', `(${layer})`, 'start')
    + gBox(gY, t.layer, layer)
    + arrow(X, bottom(gY, G_BOX), X, top(nextY, BOX.h) - 1);
  const parts = [
    `<defs>${head('sd-head', 'sd-head')}${head('sd-head-skip', 'sd-head sd-skip-head')}</defs>`,
    // layer l−1: A^(l−2) W^(l−2) + B^(l−2), then g
    node(r.aPrev2, 'A', '(l−2)'),
    `<line class="sd-line" x1="${X}" y1="${bottom(r.aPrev2, BOX.h)}" x2="${X}" y2="${r.branch}"/>`,
    `<circle class="sd-dot" cx="${X}" cy="${r.branch}" r="3.5"/>`,
    arrow(X, r.branch, X, top(r.sum1, 2 * SUM_R) - 1),
    mathLabel(labelX, (r.branch + r.sum1 - SUM_R) / 2, 'W', '(l−2)', 'start'),
    sumToActivation(r.sum1, r.g1, r.aPrev1, '(l−2)', 'l−1'),
    // layer l: A^(l−1) W^(l−1) + B^(l−1) + A^(l−2) W^(l−2,l), then g
    node(r.aPrev1, 'A', '(l−1)'),
    arrow(X, bottom(r.aPrev1, BOX.h), X, top(r.sum2, 2 * SUM_R) - 1),
    mathLabel(labelX, (r.aPrev1 + r.sum2) / 2, 'W', '(l−1)', 'start'),
    sumToActivation(r.sum2, r.g2, r.a, '(l−1)', 'l'),
    node(r.a, 'A', '(l)'),
    // the skip: from the branch point on A^(l−2)'s way out, around layer l−1, into layer l's sum
    `<path class="sd-line sd-skip" d="M${X + 4} ${r.branch}H${SKIP_X}V${r.sum2}H${SKIP_END.x + 1}" marker-end="url(#sd-head-skip)"/>`,
    wordLabel(SKIP_X + 10, (r.g1 + r.aPrev1) / 2 - 16, t.skip, '', 'start', 'sd-skip-text'),
    mathLabel(SKIP_X + 10, (r.g1 + r.aPrev1) / 2 + 8, 'W', '(l−2,l)', 'start', 'sd-skip-text'),
  ];
  return `<svg class="skip-diagram__svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW.width} ${VIEW.height}" `
    + `width="${VIEW.width}" height="${VIEW.height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`
    + `<title id="${id}-title">${esc(t.title)}</title><desc id="${id}-desc">${esc(t.desc)}</desc>`
    + parts.join('') + '</svg>';
}

/** The caption as HTML: `$…$` typeset by KaTeX (HTML for the eye, MathML for assistive technology), `*…*` emphasised. */
export function captionHtml(text: string): string {
  return text.split(/(\$[^$]+\$)/).map((piece) => {
    if (piece.startsWith('$') && piece.endsWith('$') && piece.length > 1) {
      return katex.renderToString(piece.slice(1, -1), { output: 'htmlAndMathml', strict: false, throwOnError: true });
    }
    return esc(piece).replace(/\*([^*]+)\*/g, '<em>$1</em>');
  }).join('');
}
