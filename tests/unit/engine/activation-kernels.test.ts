// The whole-array activation kernels in float32, as the engine runs them, against the scalar f and df in float64:
// every activation, its parameter where it has one, far into saturation (|z| up to 88, where float32 still holds
// g' of sigmoid and tanh as normal numbers), tiny z (ELU's expm1), NaN, ±Infinity and the kinks. At saturation
// sigmoid' and tanh' are also checked against closed forms that cannot cancel: 1/(4 cosh²(z/2)) and 1/cosh²(z).
// Then per layer of float32 networks on both kernel sets: the stored g' is the scalar df of the stored Z.
import { afterEach, describe, expect, test } from 'vitest';
import {
  ACTIVATIONS, ACTIVATION_NAMES, createNetwork, forwardBackward, setKernels, syntheticBatch, DEFAULT_NETWORK_CONFIG,
  type ActivationName,
} from '../../../src/engine/index.ts';
import { FLOAT32_MIN_NORMAL } from '../../../src/engine/constants.ts';

/** The largest finite float32, (2 − 2^-23) · 2^127: beyond it a value is stored as ±Infinity. */
const FLOAT32_MAX = (2 - 2 ** -23) * 2 ** 127;
/** A kernel stores the float64 value rounded once to float32: within one float32 ulp (2^-23 relative)… */
const FLOAT32_ULP = 2 ** -23;
/** …or, below float32's normal range, within one subnormal step (2^-149) of it. */
const FLOAT32_SUBNORMAL_STEP = 2 ** -149;
/** The closed forms and the scalar df agree in float64 to this relative accuracy, saturation included. */
const CLOSED_FORM_TOLERANCE = 1e-12;
/** Past this |z| a float32 sigmoid or tanh is ±1 (or 0), so g' recomputed from a stored A would be 0. */
const FLOAT32_SATURATION = 17;
/** e^{-88} ≈ 6e-39: up to here sigmoid' is still a normal float32 number. */
const FLOAT32_EXP_LIMIT = 88;

/** Values every kernel is checked at, rounded to float32 as a float32 Z holds them. */
const Z_VALUES: number[] = (() => {
  const special = [
    Number.NaN, Infinity, -Infinity, 0, -0, 1e-40, -1e-40, 1e-30, -1e-30, -1e-20, 1e-20, -1e-12, 1e-12, -1e-7, 1e-7,
    -1e-3, 1e-3, -0.5, 0.5, -1, 1, Math.SQRT2, -Math.SQRT2, 2.3994, -3, 3, 9, -9, 16.9, 17.5, -17.5, 20, -20, 30,
    -30, 37.5, -37.5, 45, -45, 60, -60, 87, -87, 88.7, -88.7, 100, -100, 1000, -1000, 3e38, -3e38,
  ];
  const grid = Array.from({ length: 801 }, (_, i) => -100 + i * 0.25 + 0.0173);
  return [...special, ...grid].map(Math.fround);
})();

/** The parameters an activation is checked with: none, or its default and another one. */
function paramsOf(name: ActivationName): (number | undefined)[] {
  const d = ACTIVATIONS[name].defaultParam;
  return d === undefined ? [undefined] : [d, name === 'elu' ? 1.5 : 0.2];
}

/** Indices where a float32 result is not the float64 value rounded once, with what was expected. */
function mismatches(actual: Float32Array, expected: number[], zs = Z_VALUES): { z: number; got: number; want: number }[] {
  const out: { z: number; got: number; want: number }[] = [];
  expected.forEach((want, o) => {
    const got = actual[o];
    const ok = Number.isNaN(want) ? Number.isNaN(got)
      : !Number.isFinite(want) || Math.abs(want) > FLOAT32_MAX ? got === Math.fround(want)
        : Math.abs(got - want) <= FLOAT32_ULP * Math.abs(want) + FLOAT32_SUBNORMAL_STEP;
    if (!ok) out.push({ z: zs[o], got, want });
  });
  return out;
}

describe('float32 whole-array kernels against the scalar f and df in float64', () => {
  for (const name of ACTIVATION_NAMES) {
    for (const p of paramsOf(name)) {
      const a = ACTIVATIONS[name];
      const label = `${name}${p === undefined ? '' : ` (${p})`}`;
      const n = Z_VALUES.length;

      test(`${label}: forwardDerivative gives A = f(z) and G = df(z), saturation, NaN and ±Infinity included`, () => {
        const Z = Float32Array.from(Z_VALUES), A = new Float32Array(n), G = new Float32Array(n);
        a.forwardDerivative(Z, A, G, n, p);
        expect(mismatches(A, Z_VALUES.map((z) => a.f(z, p)))).toEqual([]);
        expect(mismatches(G, Z_VALUES.map((z) => a.df(z, p)))).toEqual([]);
        expect(Array.from(Z)).toEqual(Z_VALUES); // Z is read, never written
      });

      test(`${label}: forward (the kernel predict runs, also in place) gives f(z), and the same A as forwardDerivative`, () => {
        const Z = Float32Array.from(Z_VALUES), A = new Float32Array(n), A2 = new Float32Array(n), G = new Float32Array(n);
        a.forward(Z, A, n, p);
        expect(mismatches(A, Z_VALUES.map((z) => a.f(z, p)))).toEqual([]);
        a.forwardDerivative(Z, A2, G, n, p);
        expect(Array.from(A)).toEqual(Array.from(A2));
        a.forward(Z, Z, n, p);
        expect(Array.from(Z)).toEqual(Array.from(A));
      });
    }
  }

  test('ELU of tiny negative z is α·expm1(z) ≈ α z (exp(z) − 1 would cancel to 0 or to a wrong value)', () => {
    const z = [-1e-20, -1e-12, -3e-9, -1e-7].map(Math.fround);
    const A = new Float32Array(z.length), G = new Float32Array(z.length);
    for (const alpha of [1, 1.5]) {
      ACTIVATIONS.elu.forward(Float32Array.from(z), A, z.length, alpha);
      // expm1(z) = z + z²/2 + …: for |z| ≤ 1e-7 the z² term is below float32's resolution of α z.
      z.forEach((v, o) => expect(Math.abs(A[o] - alpha * v)).toBeLessThanOrEqual(FLOAT32_ULP * Math.abs(alpha * v)));
      ACTIVATIONS.elu.forwardDerivative(Float32Array.from(z), A, G, z.length, alpha);
      z.forEach((v, o) => expect(Math.abs(A[o] - alpha * v)).toBeLessThanOrEqual(FLOAT32_ULP * Math.abs(alpha * v)));
    }
  });

  test('kinks in the kernels: relu′(0) = 0, leaky-relu′(0) = slope, elu′(0) = α; f(0) = 0 for all three', () => {
    const Z = Float32Array.of(0, -0), A = new Float32Array(2), G = new Float32Array(2);
    ACTIVATIONS.relu.forwardDerivative(Z, A, G, 2);
    expect([...A, ...G]).toEqual([0, 0, 0, 0]);
    ACTIVATIONS['leaky-relu'].forwardDerivative(Z, A, G, 2, 0.2);
    expect(Array.from(G)).toEqual([Math.fround(0.2), Math.fround(0.2)]);
    expect(A.every((v) => v === 0)).toBe(true);
    ACTIVATIONS.elu.forwardDerivative(Z, A, G, 2, 1.5);
    expect(Array.from(G)).toEqual([1.5, 1.5]);
    expect(A.every((v) => v === 0)).toBe(true);
  });
});

describe('saturation: sigmoid′ and tanh′ against closed forms without cancellation', () => {
  const sigmoidPrime = (z: number) => 1 / (4 * Math.cosh(z / 2) ** 2);
  const tanhPrime = (z: number) => 1 / Math.cosh(z) ** 2;
  const far = Array.from({ length: 2 * 285 + 1 }, (_, i) => -FLOAT32_EXP_LIMIT + i * 0.31).map(Math.fround);

  test('sigmoid′(20) in float32 is 2.06e-9, not 0 (what A (1 − A) of the stored float32 A gives)', () => {
    const Z = Float32Array.of(20, -20), A = new Float32Array(2), G = new Float32Array(2);
    ACTIVATIONS.sigmoid.forwardDerivative(Z, A, G, 2);
    expect(A[0]).toBe(1); // the float32 sigmoid is saturated…
    for (const g of G) expect(Math.abs(g - sigmoidPrime(20))).toBeLessThanOrEqual(FLOAT32_ULP * sigmoidPrime(20)); // …its g' is not
    expect(G[0]).toBeCloseTo(2.0611536e-9, 15);
  });

  test.each([
    ['sigmoid', sigmoidPrime], ['tanh', tanhPrime],
  ] as const)('%s: scalar df in float64 and the float32 kernel match the closed form for |z| ≤ 88, symmetric in z', (name, exact) => {
    const a = ACTIVATIONS[name];
    for (const z of far) {
      const d = exact(z);
      expect(Math.abs(a.df(z) - d)).toBeLessThanOrEqual(CLOSED_FORM_TOLERANCE * d);
      expect(a.df(-z)).toBe(a.df(z));
    }
    const Z = Float32Array.from(far), A = new Float32Array(far.length), G = new Float32Array(far.length);
    a.forwardDerivative(Z, A, G, far.length);
    expect(mismatches(G, far.map(exact), far)).toEqual([]);
    // Where the float32 activation is saturated, g' is still a positive number wherever float32 can hold it.
    far.forEach((z, o) => { if (Math.abs(z) > FLOAT32_SATURATION && exact(z) > FLOAT32_MIN_NORMAL) expect(G[o]).toBeGreaterThan(0); });
  });
});

describe("a float32 network's stored g' is the scalar df of its stored Z, on both kernel sets", () => {
  afterEach(() => { setKernels('auto'); });
  for (const kernels of ['wasm', 'js'] as const) {
    for (const activation of ACTIVATION_NAMES) {
      test(`${activation}, ${kernels} kernels, σ_w = 6: saturated layers included`, () => {
        setKernels(kernels);
        const cfg = { ...DEFAULT_NETWORK_CONFIG, depth: 6, width: 24, inputDim: 24, activation, init: 'normal' as const, sigmaW: 6, sigmaB: 0.5, seed: 5 };
        const net = createNetwork(cfg, 16);
        const { input, target } = syntheticBatch(cfg, 16, 2);
        forwardBackward(net, input, target);
        let maxAbsZ = 0;
        for (const layer of net.layers.filter((l) => l.hidden)) {
          const Z = Array.from(layer.Z);
          for (const z of Z) maxAbsZ = Math.max(maxAbsZ, Math.abs(z));
          const bad = Z.filter((z, o) => {
            const want = ACTIVATIONS[activation].df(z);
            return !(Math.abs(layer.dg[o] - want) <= FLOAT32_ULP * Math.abs(want) + FLOAT32_SUBNORMAL_STEP);
          });
          expect(bad).toEqual([]);
        }
        expect(maxAbsZ).toBeGreaterThan(FLOAT32_SATURATION); // the check did reach saturation
      });
    }
  }
});
