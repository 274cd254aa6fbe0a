// The README's engine example: a 20-layer sigmoid network, one forward/backward pass, equation (4)'s product.
import { DEFAULT_NETWORK_CONFIG, createNetwork, forwardBackward, diagnostics, makeDataset } from '../src/engine/index.ts';

const config = { ...DEFAULT_NETWORK_CONFIG, depth: 20, width: 32, activation: 'sigmoid' as const, init: 'xavier-normal' as const, loss: 'cross-entropy' as const };
const data = makeDataset('spirals', 64, config.seed);
const net = createNetwork({ ...config, inputDim: 2, outputDim: 2 }, 64);
const loss = forwardBackward(net, data.input, data.target);
const layers = diagnostics(net);
console.log(`loss ${loss.toFixed(3)}`);
for (const d of [layers[0], layers[9], layers[19]]) {
  console.log(`layer ${d.layer}: ‖Δ‖ rms ${d.deltaRms.toExponential(2)}, Π g' = 10^${d.log10Product.toFixed(1)} (float32 ${d.float32Product.toExponential(2)})`);
}
