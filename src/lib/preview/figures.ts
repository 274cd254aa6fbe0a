// Build time: the charts a link preview shows. Each is the chapter's main figure drawn as its static SVG is
// (the same chart function, default state and labels as components/figures/<Island>Figure.astro), at a width
// chosen for the preview's box.
import { renderStatic } from '../../charts/render-static';
import { productChart } from '../../charts/product';
import { productModel } from '../../sims/product/model';
import { captionParts } from '../../sims/product/caption';
import { yDomain } from '../../sims/product/domain';
import { PRODUCT_CODEC } from '../../sims/product/state';
import { PRODUCT_I18N } from '../../i18n/product';
import { remediesChart } from '../../charts/remedies';
import { computeRemedies } from '../../sims/remedies/model';
import { remediesFacts } from '../../sims/remedies/caption';
import { REMEDIES_DEFAULTS } from '../../sims/remedies/defaults';
import { REMEDIES_I18N } from '../../i18n/remedies';
import { explodingChart } from '../../charts/exploding';
import { computeExploding } from '../../sims/exploding/model';
import { explodingFacts } from '../../sims/exploding/caption';
import { EXPLODING_DEFAULTS } from '../../sims/exploding/defaults';
import { EXPLODING_I18N } from '../../i18n/exploding';
import type { Lang } from '../../i18n/paths';
import type { PreviewFigure } from '../page-address';

/** SVG markup of `figure` in its default state, in `lang`, drawn `width` px wide. */
export function drawFigure(figure: PreviewFigure, lang: Lang, width: number): string {
  if (figure === 'product') {
    const t = PRODUCT_I18N[lang];
    const state = PRODUCT_CODEC.defaults();
    const data = productModel(state);
    const labels = { ...t.chart, aria: t.aria(captionParts(state, data, t)) };
    return renderStatic(productChart, data, { width, labels, domain: yDomain(data) });
  }
  if (figure === 'remedies') {
    const t = REMEDIES_I18N[lang];
    const data = computeRemedies(REMEDIES_DEFAULTS);
    const facts = remediesFacts(data);
    return renderStatic(remediesChart, data, {
      width,
      labels: { x: t.xLabel, y: t.yLabel, plain: t.plain, remedied: t.remedied, aria: `${t.chartLabel(facts)} ${t.caption(facts)}` },
    });
  }
  const t = EXPLODING_I18N[lang];
  const data = computeExploding(EXPLODING_DEFAULTS);
  const facts = explodingFacts(data);
  return renderStatic(explodingChart, data, {
    width,
    labels: {
      x: t.xLabel, y: t.yLabel, delta: t.delta, gradRaw: t.gradRaw, gradClipped: t.gradClipped,
      overflow: t.overflow, nan: t.nan, aria: `${t.chartLabel(facts)} ${t.caption(facts)}`,
    },
  });
}
