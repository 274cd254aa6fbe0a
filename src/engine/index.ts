export { meanField, criticalSigmaW } from './theory/mean-field.ts';
export { meanFieldFor, lengthMap, chiAt, fixedPoint, MEAN_FIELD_Q0 } from './theory/length-map.ts';
export type { MeanFieldActivation, MeanFieldResult } from './theory/length-map.ts';
export { gaussHermite, gaussianExpectation } from './theory/gauss-hermite.ts';
export { scaledGaussianExpectation } from './theory/expectation.ts';
export { makeDataset, datasetShape, DATASET_NAMES } from './data/datasets.ts';
