// State → plain data for the "gradient components" island: build the network the state names,
// run one forward/backward pass on a toy batch, and summarise |W| and |dJ/dW| per layer into quantiles.
import { DEFAULT_NETWORK_CONFIG, createNetwork, forwardBackward, makeDataset } from '../../engine/index';
import type { NetworkConfig } from '../../engine/types';
import { BATCH, DATASET, DEPTH_MAX, SIGMA_B, SIGMA_W, WIDTH, type ComponentsState } from './defaults';
import { headline, summariseFloat32, type ComponentsHeadline, type LayerQuantiles } from './summary';

export interface ComponentsData {
  state: ComponentsState;
  /** Per layer 1..L+1 (L+1 = output layer): quantiles of |W| feeding that layer. */
  weights: LayerQuantiles[];
  /** Per layer 1..L+1: quantiles of |dJ/dW| for those weights. */
  grads: LayerQuantiles[];
  loss: number;
  headline: ComponentsHeadline;
}

/** The network configuration a state stands for. */
export function networkConfig(state: ComponentsState, inputDim: number, outputDim: number): NetworkConfig {
  return {
    ...DEFAULT_NETWORK_CONFIG,
    depth: state.depth,
    width: WIDTH,
    inputDim,
    outputDim,
    activation: state.activation,
    init: state.init,
    sigmaW: SIGMA_W,
    sigmaB: SIGMA_B,
    batchNorm: false,
    residual: 'none',
    loss: 'cross-entropy',
    seed: state.seed,
    dtype: 'float32',
  };
}

/** Per-layer |W| summaries already made. Every layer draws its weights from the network's one Random in
 *  order, so layer l's weights depend on the seed, the initialiser and the shapes of layers 1..l only, not on
 *  the depth: a depth step re-summarises two layers' weights (the new last hidden one and the output), not 41. */
const weightSummaries = new Map<string, LayerQuantiles>();
const WEIGHT_SUMMARIES_KEPT = 4 * (DEPTH_MAX + 1);

function weightKey(config: NetworkConfig, layer: number, fanOut: number): string {
  return [config.seed, config.init, config.sigmaW, config.sigmaB, config.inputDim, config.width, layer, fanOut].join('|');
}

/** Run the state's network once and summarise its weights and gradient components per layer. */
export function componentsModel(state: ComponentsState): ComponentsData {
  const data = makeDataset(DATASET, BATCH, state.seed);
  const config = networkConfig(state, data.input.cols, data.target.cols);
  const net = createNetwork(config, BATCH);
  const loss = forwardBackward(net, data.input, data.target);
  const weights = net.layers.map((layer) => {
    const key = weightKey(config, layer.index, layer.fanOut);
    let q = weightSummaries.get(key);
    if (q) weightSummaries.delete(key);
    else q = summariseFloat32(layer.index, asFloat32(layer.W.data));
    weightSummaries.set(key, q);
    return q;
  });
  while (weightSummaries.size > WEIGHT_SUMMARIES_KEPT) weightSummaries.delete(weightSummaries.keys().next().value as string);
  const grads = net.layers.map((layer) => summariseFloat32(layer.index, asFloat32(layer.gW.data)));
  return { state: { ...state }, weights, grads, loss, headline: headline(weights, grads) };
}

function asFloat32(b: Float32Array | Float64Array): Float32Array {
  return b instanceof Float32Array ? b : Float32Array.from(b);
}
