// precision: the English words (src/i18n/precision.ts has both languages and the type; an island bundles one).
import type { PrecisionFacts, WalkFacts } from '../../sims/precision/caption';
import { WALK_GROWTH_INTERVAL as N } from '../../sims/precision/defaults';
import type { PrecisionStrings } from '../precision';

export const strings: PrecisionStrings = {
  title: 'Numerical precision',
  depth: 'Depth L (hidden layers)',
  activation: 'Activation',
  sigmaW: 'σ_w (weight scale)',
  sigmaWIgnored: 'the chosen initialiser sets its own scale',
  init: 'Initialiser',
  initNames: { normal: 'normal N(0, σ_w²/n)', 'xavier-normal': 'Xavier (Glorot)', 'he-normal': 'He (Kaiming)' },
  format: 'Number format',
  formatNames: { float64: 'float64 (53 bits)', float32: 'float32 (24 bits)', bfloat16: 'bfloat16 (8 bits, float32 range)', float16: 'float16 (11 bits)' },
  scale: 'Loss scale',
  seed: 'Seed',
  walk: 'Dynamic loss scaling',
  walkIntro: `It starts at the chosen S; each step is one backward pass: on overflow the update is skipped and S is halved; after ${N} clean steps in a row, S is doubled (PyTorch waits 2000).`,
  play: 'Play',
  pause: 'Pause',
  step: 'One step',
  restart: 'Restart',
  walkSteps: 'S at each step',
  figureTitle: 'Numerical precision: per-layer ‖Δ⁽ˡ⁾‖ in the chosen format, beside the exact float64 value.',
  xLabel: 'layer l',
  yLabel: '‖Δ^{(l)}‖, log scale',
  exact: '‖Δ^{(l)}‖ exact (float64)',
  formatLine: '‖Δ^{(l)}‖ in {format}',
  zeroBand: 'one value in {format}: 0',
  subnormalBand: 'subnormal',
  overflowBand: 'one value in {format}: ∞',
  firstZeroRule: 'all zeros at l ≤ {l}',
  limitsTitle: 'The format\'s limits',
  maxFinite: 'largest finite value',
  minNormal: 'smallest normal',
  minSubnormal: 'smallest subnormal',
  bits: 'significant bits',
  resultTitle: 'Result',
  firstZero: 'all zeros from layer',
  overflow: 'overflow (∞ or NaN)',
  none: 'none',
  yes: 'yes',
  no: 'no',
  colLayer: 'layer l',
  colExact: '‖Δ‖ float64',
  colValue: '‖Δ‖ in the format',
  colLost: 'entries lost (0)',
  colSubnormal: 'subnormal entries',
  colNonFinite: '∞ or NaN entries',
  chartLabel: (f: PrecisionFacts) => `Per-layer ‖Δ‖, 1 to ${f.depth + 1}, in ${f.format} and in float64, log scale; the bands are the values ${f.format} stores as 0, subnormal or ∞, divided by S = ${f.S}.`,
  caption: (f: PrecisionFacts): string => {
    const who = f.init === 'normal' ? `σ_w = ${f.sigmaW}` : f.init;
    const p = [`${f.activation}, ${who}, depth ${f.depth}, in ${f.format}${f.k !== 0 ? ` with the loss multiplied by S = ${f.S}` : ''}.`];
    if (f.decades > 0) p.push(`In float64, ‖Δ‖ falls ${f.decades} orders of magnitude from the output (${f.exactTop}) to layer 1 (${f.exactFirst}).`);
    else if (f.decades < 0) p.push(`In float64, ‖Δ‖ rises ${-f.decades} orders of magnitude from the output (${f.exactTop}) to layer 1 (${f.exactFirst}).`);
    else p.push(`In float64, ‖Δ‖ stays near ${f.exactTop} at every layer.`);
    p.push(`${f.format} reaches ${f.maxFinite}, its normals start at ${f.minNormal} and its smallest subnormal is ${f.minSubnormal}, with ${f.significandBits} significant bits.`);
    if (f.overflow) p.push(`With S = ${f.S} the gradient overflows: ${f.overflowLayers === 1 ? `layer ${f.overflowFrom} holds ∞ or NaN` : `${f.overflowLayers} layers hold ∞ or NaN, from layer ${f.overflowFrom} down`}. A dynamic scaler would skip this step and halve S.`);
    if (f.firstZero !== null) {
      p.push(`From layer ${f.firstZero} down to the input, Δ is all exact zeros: those layers get no gradient.`);
      if (f.k !== 0 && f.firstZeroUnscaled !== f.firstZero) p.push(f.firstZeroUnscaled === null ? 'Without scaling no layer was zero.' : `Without scaling, the zeros started at layer ${f.firstZeroUnscaled}.`);
    } else if (!f.overflow) {
      p.push(`No layer is left at zero${f.partlyLost > 0 ? `, though in ${f.partlyLost} layers some entries are lost` : ''}.`);
      if (f.k !== 0 && f.firstZeroUnscaled !== null) p.push(`Without scaling, everything from layer ${f.firstZeroUnscaled} down was zero: S rescues them.`);
    }
    p.push(`For reference, 0.25ᴸ, the product of the sigmoid's derivatives at their best, is 0 in ${f.format} from L = ${f.quarterZero}.`);
    return p.join(' ');
  },
  walkLine: (w: WalkFacts): string => {
    const head = `Step ${w.step} of ${w.steps}: S = ${w.S}`;
    if (w.event === 'skip') return `${head} overflows; the update is skipped and S drops to ${w.next}.`;
    if (w.event === 'grow') return `${head} without overflow, ${N} clean steps in a row: S grows to ${w.next}.`;
    return `${head} without overflow (${w.clean} of ${N} clean steps in a row)${w.firstZero !== null ? `; all zeros from layer ${w.firstZero}` : ''}.`;
  },
};
