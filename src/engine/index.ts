// Public face of the engine (docs/engine-contract.md). Pure TypeScript: no DOM, no framework imports.
export type {
  Dtype, ActivationName, InitName, ResidualMode, SkipInit, LossName, OptimizerName, DatasetName,
  Activation, Matrix, NetworkConfig, Network, Layer, Param, BatchNormState, SkipState, Buffer,
  LayerDiagnostics, Band, SeedSummary, Dataset, Trainable,
} from './types.ts';
export { ACTIVATIONS, ACTIVATION_NAMES } from './activations.ts';
export { INIT_NAMES } from './init.ts';
export { DEFAULT_NETWORK_CONFIG, createNetwork, forwardBackward, predict, skipSource, networkFloats, type PassOptions } from './network.ts';
export { engineReady, kernelInfo, setKernels } from './wasm/runtime.ts';
export type { KernelChoice, KernelInfo, KernelSet } from './wasm/runtime.ts';
export type { PredictBatchNorm } from './network.ts';
export { diagnostics, componentMagnitudes, float32Product } from './diagnostics.ts';
export { runSeeds, seedRun, summarizeSeeds, syntheticBatch, type SeedRunOptions } from './seeds.ts';
export { createOptimizer } from './optim/index.ts';
export type { Optimizer, OptimizerOptions } from './optim/index.ts';
export { clipByGlobalNorm, globalGradNorm } from './optim/clip.ts';
export { mulberry32, Random } from './random.ts';
export { zeros, fromRows, matmul, gemm } from './matrix.ts';
export { erf, erfc, normalCdf, normalPdf } from './special.ts';
export * as CONSTANTS from './constants.ts';
export {
  NUMBER_FORMATS, FORMAT_INFO, roundTo, rounder, roundFloat16, roundFloat16Exact, roundBfloat16, formatProduct,
} from './precision.ts';
export type { NumberFormat, FormatInfo } from './precision.ts';
export { formatBackward } from './precision-backward.ts';
export type { FormatLayer, FormatBackwardResult, FormatBackwardOptions } from './precision-backward.ts';
export { LOSS_SCALE_DEFAULTS, initialLossScale, lossScaleStep } from './loss-scaling.ts';
export type { LossScaleState, LossScaleOptions, LossScaleEvent } from './loss-scaling.ts';

export { meanField, criticalSigmaW } from './theory/mean-field.ts';
export { meanFieldFor, lengthMap, chiAt, fixedPoint, MEAN_FIELD_Q0 } from './theory/length-map.ts';
export type { MeanFieldActivation, MeanFieldResult } from './theory/length-map.ts';
export { gaussHermite, gaussianExpectation } from './theory/gauss-hermite.ts';
export { scaledGaussianExpectation } from './theory/expectation.ts';
export { makeDataset, datasetShape, DATASET_NAMES } from './data/datasets.ts';
export * from './recurrent/index.ts';
