// State → plain data for the "gradient components" island: build the network the state names,
// run one forward/backward pass on a toy batch, and summarise |W| and |dJ/dW| per layer into quantiles.
import { DEFAULT_NETWORK_CONFIG, componentMagnitudes, createNetwork, forwardBackward, makeDataset } from '../../engine/index';
import type { NetworkConfig } from '../../engine/types';
import { BATCH, DATASET, SIGMA_B, SIGMA_W, WIDTH, type ComponentsState } from './defaults';
import { headline, summariseLayer, type ComponentsHeadline, type LayerQuantiles } from './summary';

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

/** Run the state's network once and summarise its weights and gradient components per layer. */
export function componentsModel(state: ComponentsState): ComponentsData {
  const data = makeDataset(DATASET, BATCH, state.seed);
  const config = networkConfig(state, data.input.cols, data.target.cols);
  const net = createNetwork(config, BATCH);
  const loss = forwardBackward(net, data.input, data.target);
  const mags = componentMagnitudes(net);
  const weights = mags.map((m) => summariseLayer(m.layer, m.weights));
  const grads = mags.map((m) => summariseLayer(m.layer, m.grads));
  return { state: { ...state }, weights, grads, loss, headline: headline(weights, grads) };
}
