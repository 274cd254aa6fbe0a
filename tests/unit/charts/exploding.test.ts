// The exploding chart's legend lives in the top margin, above the frame: the points pinned at the top edge
// (∞ and NaN, at the axis maximum) and the float32-max rule can never hide behind it, at any width.
import { describe, expect, it } from 'vitest';
import { explodingChart } from '../../../src/charts/exploding';
import { serverDocument } from '../../../src/charts/render-static';
import { computeExploding } from '../../../src/sims/exploding/model';
import { EXPLODING_CODEC } from '../../../src/sims/exploding/state';

const LABELS = { x: 'layer', y: 'norm', delta: 'LEG delta', gradRaw: 'LEG raw', gradClipped: 'LEG clipped', overflow: 'overflow', nan: 'NaN', aria: 'chart' };
const FONT_PX = 12;

/** Absolute top (y) of each legend line: the text's translate plus its group's offset. */
function legendTops(svg: SVGSVGElement): { top: number; frameTop: number }[] {
  return [...svg.querySelectorAll('text')].filter((t) => t.textContent?.includes('LEG')).map((t) => {
    const own = /translate\([^,]+,([^)]+)\)/.exec(t.getAttribute('transform') ?? '');
    const group = /translate\([^,]+,([^)]+)\)/.exec(t.parentElement?.getAttribute('transform') ?? '');
    const frameTop = Number(own?.[1]);          // frameAnchor top: the text is anchored at the frame's top
    return { top: frameTop + Number(group?.[1] ?? 0), frameTop };
  });
}

describe('explodingChart legend', () => {
  for (const width of [360, 1280]) {
    it(`sits wholly above the frame at ${width} px, one line per series, lines apart`, () => {
      // ReLU at σ_w = 3, depth 100: Δ overflows to ∞/NaN, so points are pinned at the top edge
      const data = computeExploding({ ...EXPLODING_CODEC.defaults(), depth: 100, activation: 'relu', sigmaW: 3, clip: 1 });
      expect(data.rows.some((r) => !Number.isFinite(r.delta))).toBe(true);
      const tops = legendTops(explodingChart(data, { width, labels: LABELS, document: serverDocument() }));
      expect(tops).toHaveLength(3);
      for (const { top, frameTop } of tops) expect(top + FONT_PX).toBeLessThanOrEqual(frameTop);
      for (let i = 1; i < tops.length; i++) expect(tops[i].top - tops[i - 1].top).toBeGreaterThanOrEqual(FONT_PX);
      // on a narrow chart the first line leaves the top row to the y label (top left)
      if (width < 520) expect(tops[0].top).toBeGreaterThanOrEqual(FONT_PX + 8);
    });
  }
});
