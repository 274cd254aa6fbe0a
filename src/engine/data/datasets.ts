// Seeded toy data sets (rows are examples). Classification sets are 2-D with 2 classes:
//   input: n × 2 in [-1, 1]², target: n × 2 one-hot (for softmax cross-entropy), labels: Int32Array of 0/1.
// Labels alternate 0, 1, 0, 1, … so the classes are balanced to within one example and so is every prefix
// (a batch taken from the top of the set is balanced too). `classes` is 0 for regression.
// The regression set is 1-D: input n × 1 in [-1, 1], target n × 1, y = sin(3x) + N(0, REGRESSION_NOISE²).
// All randomness comes from the engine's one PRNG (mulberry32, via Random), so a seed gives bit-identical sets everywhere.

import { Random } from '../random.ts';
import type { Dataset, DatasetName, Dtype, Matrix } from '../types.ts';

/** Every data set name, in the order the CLI and the site list them. */
export const DATASET_NAMES: readonly DatasetName[] = ['spirals', 'circles', 'xor', 'moons', 'regression'];

/** Spirals: two arms, each turning SPIRAL_TURNS times out to radius SPIRAL_RADIUS. */
const SPIRAL_TURNS = 1.75;
const SPIRAL_RADIUS = 0.9;
const SPIRAL_NOISE = 0.02;
/** Circles: an inner disc boundary and an outer ring. */
const CIRCLE_INNER = 0.35;
const CIRCLE_OUTER = 0.8;
const CIRCLE_NOISE = 0.05;
/** XOR: points stay at least this far from the axes so the quadrant (and label) is unambiguous. */
const XOR_MARGIN = 0.05;
/** Moons: sklearn's two half circles, centred and scaled by 1/MOON_SCALE into [-1, 1]². */
const MOON_SCALE = 1.6;
const MOON_NOISE = 0.05;
/** Regression: y = sin(REGRESSION_FREQUENCY x) + noise. */
const REGRESSION_FREQUENCY = 3;
const REGRESSION_NOISE = 0.1;
const BOUND = 1;


const clamp = (x: number) => Math.min(BOUND, Math.max(-BOUND, x));

function allocate(dtype: Dtype, rows: number, cols: number): Matrix {
  const data = dtype === 'float64' ? new Float64Array(rows * cols) : new Float32Array(rows * cols);
  return { rows, cols, data };
}

/** A point of class `label` (0/1), given its rank t in [0, 1) within its class. */
type PointMaker = (label: number, t: number, rng: Random) => [number, number];

const spiral: PointMaker = (label, t, rng) => {
  const r = SPIRAL_RADIUS * (0.05 + 0.95 * t);
  const angle = 2 * Math.PI * SPIRAL_TURNS * t + Math.PI * label;
  return [r * Math.cos(angle) + SPIRAL_NOISE * rng.normal(), r * Math.sin(angle) + SPIRAL_NOISE * rng.normal()];
};

const circle: PointMaker = (label, _t, rng) => {
  const angle = 2 * Math.PI * rng.uniform();
  // Class 0 fills the inner disc (uniform in area), class 1 lies on the outer ring.
  const r = label === 0 ? CIRCLE_INNER * Math.sqrt(rng.uniform()) : CIRCLE_OUTER + CIRCLE_NOISE * rng.normal();
  return [r * Math.cos(angle), r * Math.sin(angle)];
};

const xor: PointMaker = (label, _t, rng) => {
  const sx = rng.uniform() < 0.5 ? -1 : 1;
  // Class 0: same signs (x·y > 0); class 1: opposite signs.
  const sy = label === 0 ? sx : -sx;
  const mag = () => XOR_MARGIN + (BOUND - XOR_MARGIN) * rng.uniform();
  return [sx * mag(), sy * mag()];
};

const moon: PointMaker = (label, _t, rng) => {
  const angle = Math.PI * rng.uniform();
  const x = label === 0 ? Math.cos(angle) : 1 - Math.cos(angle);
  const y = label === 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
  return [(x - 0.5) / MOON_SCALE + MOON_NOISE * rng.normal(), (y - 0.25) / MOON_SCALE + MOON_NOISE * rng.normal()];
};

const MAKERS: Record<Exclude<DatasetName, 'regression'>, PointMaker> = {
  spirals: spiral,
  circles: circle,
  xor,
  moons: moon,
};

function classification(name: Exclude<DatasetName, 'regression'>, n: number, rng: Random, dtype: Dtype): Dataset {
  const input = allocate(dtype, n, 2);
  const target = allocate(dtype, n, 2);
  const labels = new Int32Array(n);
  const perClass = [Math.ceil(n / 2), Math.floor(n / 2)];
  const make = MAKERS[name];
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const rank = (i - label) / 2; // index within the class
    const [x, y] = make(label, rank / Math.max(1, perClass[label]), rng);
    input.data[2 * i] = clamp(x);
    input.data[2 * i + 1] = clamp(y);
    target.data[2 * i + label] = 1;
    labels[i] = label;
  }
  return { name, input, target, labels, classes: 2 };
}

function regression(n: number, rng: Random, dtype: Dtype): Dataset {
  const input = allocate(dtype, n, 1);
  const target = allocate(dtype, n, 1);
  for (let i = 0; i < n; i++) {
    const x = 2 * BOUND * rng.uniform() - BOUND;
    input.data[i] = x;
    target.data[i] = Math.sin(REGRESSION_FREQUENCY * x) + REGRESSION_NOISE * rng.normal();
  }
  return { name: 'regression', input, target, classes: 0 };
}

/** Input dimension and output dimension of a data set (2 → 2 classes, or 1 → 1 for regression). */
export function datasetShape(name: DatasetName): { inputDim: number; outputDim: number } {
  return name === 'regression' ? { inputDim: 1, outputDim: 1 } : { inputDim: 2, outputDim: 2 };
}

/** Generates n examples of the named toy set from a seed (float32 storage unless dtype says float64). */
export function makeDataset(name: DatasetName, n: number, seed: number, dtype: Dtype = 'float32'): Dataset {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`makeDataset: n must be a positive integer, got ${n}`);
  const rng = new Random(seed);
  if (name === 'regression') return regression(n, rng, dtype);
  if (!(name in MAKERS)) throw new RangeError(`makeDataset: unknown data set "${name}"`);
  return classification(name, n, rng, dtype);
}
