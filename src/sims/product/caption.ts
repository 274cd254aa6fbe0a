// The caption's numbers, formatted from the model (so text and figure never disagree).
import type { ProductCaptionParts, ProductStrings } from '../../i18n/product';
import type { ProductData } from './model';
import type { ProductState } from './state';
import { formatLog10, formatNumber } from './format';

/** The sigmoid's best-case bound per layer: max g' = 1/4. */
const SIGMOID_MAX_DERIVATIVE = 0.25;
const CHI_DIGITS = 3;

/** The caption's parts for a state and its model output, in the language of `t`. */
export function captionParts(s: ProductState, data: ProductData, t: ProductStrings, decimalSep = '.'): ProductCaptionParts {
  return {
    depth: s.depth,
    activation: t.activationNames[s.activation],
    init: t.initNames[s.init],
    seed: s.seed,
    product: formatLog10(data.first.log10Product, decimalSep),
    bound: formatLog10(s.depth * Math.log10(SIGMOID_MAX_DERIVATIVE), decimalSep),
    float32: formatNumber(data.first.float32Product, decimalSep),
    float32Kind: data.first.float32Kind,
    delta: formatNumber(data.first.deltaNorm, decimalSep),
    chi1: Number(data.chi1.toPrecision(CHI_DIGITS)).toString().replace('.', decimalSep),
  };
}

/** The caption sentence. */
export function productCaption(s: ProductState, data: ProductData, t: ProductStrings): string {
  return t.caption(captionParts(s, data, t));
}
