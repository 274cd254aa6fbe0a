// Build time only (KaTeX never reaches the browser): the formulas of the product island's equation panel,
// rendered by KaTeX as the chapters' equations are (HTML for the eye, MathML for assistive technology), with
// sentinel numbers where the island puts the focused layer l and l + 1 (islands/kit/math-template.ts).
import katex from 'katex';
import { splitMath, type MathSlot, type MathTemplate } from '../../islands/kit/math-template';

const SLOTS: MathSlot[] = [
  { key: 'layer', sentinel: '901', tex: 'l' },
  { key: 'next', sentinel: '902', tex: 'l+1' },
];
const L = SLOTS[0].sentinel;
const N = SLOTS[1].sentinel;

/** The panel's formulas: eq. (3) for layer l, the norms it quotes and one step of eq. (4). */
export interface ProductEquationMath {
  eq: MathTemplate; deltaNext: MathTemplate; weight: MathTemplate; mean: MathTemplate; delta: MathTemplate; product: MathTemplate;
}

/** The TeX of each formula with the sentinels in place; `meanOp` names the mean in the page's language. */
export function productEquationTex(meanOp: string): Record<keyof ProductEquationMath, string> {
  const mean = `${meanOp}\\, g'\\!\\left(Z^{(${L})}\\right)`;
  return {
    // the chapter's equation (3), with l − 1 → l
    eq: `\\Delta^{(${L})} = \\Delta^{(${N})} \\left( W^{(${L})} \\right)^{\\mathsf{T}} \\circ g'\\!\\left(Z^{(${L})}\\right)`,
    deltaNext: `\\lVert \\Delta^{(${N})} \\rVert`,
    weight: `\\lVert W^{(${L})} \\rVert`,
    mean,
    delta: `\\lVert \\Delta^{(${L})} \\rVert`,
    product: `P_{${L}} = P_{${N}} \\cdot ${mean}`,
  };
}

/**
 * KaTeX's HTML + MathML for a TeX string, as rehype-katex renders the chapters. `display` typesets it in
 * display style but without KaTeX's .katex-display block, which belongs to the chapters' own equations
 * (the panel centres it itself).
 */
export function renderTex(tex: string, display: boolean): string {
  return katex.renderToString(display ? `\\displaystyle ${tex}` : tex,
    { displayMode: false, output: 'htmlAndMathml', strict: false, throwOnError: true });
}

/** The panel's templates for one language. */
export function productEquationMath(meanOp: string): ProductEquationMath {
  const tex = productEquationTex(meanOp);
  const out = {} as ProductEquationMath;
  for (const key of Object.keys(tex) as (keyof ProductEquationMath)[]) {
    out[key] = splitMath(renderTex(tex[key], key === 'eq'), SLOTS);
  }
  return out;
}
