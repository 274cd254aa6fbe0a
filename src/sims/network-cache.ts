// Networks reused across slider steps, for islands that run one forward/backward pass per input.
// createNetwork allocates every buffer and draws every weight: at depth 100 × width 32 that is about half of
// a pass's cost, and a σ_w or σ_b drag changes neither the shapes nor the random draws, only their scale.
// So per (shape, activation, init, seed, batch) this keeps one network and the weights and biases it drew at
// σ_w = σ_b = 1, and before each pass writes W = σ_w·W₁ (for the initialisers whose scale is σ_w; the others
// ignore σ_w) and b = σ_b·b₁ into it. With σ = 1 (and σ_b = 0) the buffers equal createNetwork's bit for bit;
// otherwise each weight may differ from createNetwork's by one float32 rounding (σ·fround(n/√fan_in) rounded
// once more instead of fround(σ·n/√fan_in)), far below anything the figures show.
// Batch norm and skip links are not cached (their init is not a plain scale): those configs get a fresh network.
// A few entries are kept, least recently used first out; a network is handed out for one pass at a time (single-
// threaded callers: the model on the main thread, or one worker).
import { createNetwork, kernelInfo, syntheticBatch, type Buffer, type InitName, type Matrix, type Network, type NetworkConfig } from '../engine';

/** Initialisers whose weights are σ_w times a draw that does not depend on σ_w. */
export const SIGMA_W_LINEAR_INITS: readonly InitName[] = ['normal', 'uniform', 'orthogonal'];

interface Entry { net: Network; unitW: Buffer[]; unitB: Buffer[] }

/** The product island's main pass, its lesson goal's depth − 1, and its band's 8 seeds, with room to spare. */
const CAPACITY = 12;
const cache = new Map<string, Entry>();

/** The kernels are part of the key: a network made before the WebAssembly kernels were ready keeps the JS ones. */
function keyOf(c: NetworkConfig, batch: number): string {
  return [c.depth, c.width, c.inputDim, c.outputDim, c.activation, c.activationParam ?? '', c.init, c.loss,
    c.seed, c.dtype, batch, kernelInfo().active].join('|');
}

/** A network equal (up to one rounding) to createNetwork(config, batch), reusing buffers between calls. */
export function cachedNetwork(config: NetworkConfig, batch: number): Network {
  if (config.batchNorm || config.residual !== 'none') return createNetwork(config, batch);
  const key = keyOf(config, batch);
  let entry = cache.get(key);
  if (entry) {
    cache.delete(key);
  } else {
    const net = createNetwork({ ...config, sigmaW: 1, sigmaB: 1 }, batch);
    entry = {
      net,
      unitW: net.layers.map((l) => l.W.data.slice()),
      unitB: net.layers.map((l) => l.b.slice()),
    };
    while (cache.size >= CAPACITY) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, entry);
  const sw = SIGMA_W_LINEAR_INITS.includes(config.init) ? config.sigmaW : 1;
  const sb = config.sigmaB;
  const { net, unitW, unitB } = entry;
  for (let k = 0; k < net.layers.length; k++) {
    const layer = net.layers[k];
    scaleInto(layer.W.data, unitW[k], sw);
    scaleInto(layer.b, unitB[k], sb);
  }
  net.config = config;
  net.input = null;
  net.lossValue = NaN;
  return net;
}

function scaleInto(out: Buffer, unit: Buffer, s: number): void {
  if (s === 1) { out.set(unit); return; }
  for (let i = 0; i < out.length; i++) out[i] = s * unit[i];
}

let lastBatch: { key: string; data: { input: Matrix; target: Matrix } } | null = null;

/** syntheticBatch(config, batch, seed), kept while the key stays the same (a drag of σ_w or σ_b). Read-only. */
export function cachedBatch(config: NetworkConfig, batch: number, seed: number): { input: Matrix; target: Matrix } {
  const key = [config.inputDim, config.outputDim, config.loss, config.dtype, batch, seed].join('|');
  if (lastBatch?.key !== key) lastBatch = { key, data: syntheticBatch(config, batch, seed) };
  return lastBatch.data;
}

/** Forget every cached network and batch (tests; memory). */
export function clearNetworkCache(): void {
  cache.clear();
  lastBatch = null;
}
