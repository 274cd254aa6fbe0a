// Public face of the recurrent engine (re-exported by ../index.ts): Elman RNN, LSTM and GRU in PyTorch's layout,
// backpropagation through time, per-step diagnostics, sequence tasks and training.
export type {
  CellName, RecurrentInit, RecurrentConfig, RecurrentModel, StepDiagnostics, StepTheory, RecurrentDiagnostics, TaskName,
  SequenceBatch,
} from './types.ts';
export { CELL_NAMES, CELL_GATES, DEFAULT_RECURRENT_CONFIG, createRecurrent, recurrentParam, recurrentShapes } from './model.ts';
export { forwardRecurrent, forwardBackwardRecurrent } from './bptt.ts';
export { recurrentDiagnostics, meanTanhDerivative } from './diagnostics.ts';
export { spectralRadius } from './spectral.ts';
export { TASK_NAMES, FIRST_SYMBOL_CLASSES, FIRST_SYMBOL_DISTRACTORS, taskShape, addingWindows, sequenceTarget, makeSequenceBatch } from './tasks.ts';
export { createRecurrentTrainer, recurrentAccuracy, type RecurrentTrainer } from './train.ts';
export { runRecurrentSeeds, logBand, type RecurrentSeedStep, type RecurrentSeedSummary, type RecurrentSeedOptions } from './seeds.ts';
