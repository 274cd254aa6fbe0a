// State → plain data for the activation figure: sampled g and g', the regions where |g'| is near zero,
// and the peak of g'. Pure; the chart, the caption and the tests read this and nothing else.
import { ACTIVATIONS, type ActivationName } from '../../engine';
import { NEAR_ZERO_FRACTION, PEAK_TOLERANCE, SAMPLES, Z_MAX, Z_MIN } from './defaults';

/** One sample: the input z, the activation g(z) and its derivative g'(z). */
export interface ActivationSample { z: number; g: number; dg: number }
/** A closed interval of z, from the first to the last sample of a run. */
export interface ZInterval { z1: number; z2: number }

export interface ActivationsModel {
  name: ActivationName;
  samples: ActivationSample[];
  /** |g'| < threshold counts as "near zero". */
  threshold: number;
  /** Maximal runs of samples with |g'(z)| < threshold. */
  flat: ZInterval[];
  /** Largest g' (the engine's `maxDerivative`) and the first sample of largest g';
   *  `attained` is false when it is only approached at the edge of the range (softplus → 1). */
  peak: { z: number; value: number; attained: boolean };
}

/** z values from Z_MIN to Z_MAX, evenly spaced, endpoints exact. */
export function zGrid(samples: number = SAMPLES, min: number = Z_MIN, max: number = Z_MAX): number[] {
  return Array.from({ length: samples }, (_, i) => min + ((max - min) * i) / (samples - 1));
}

/** Maximal runs of consecutive samples satisfying `pred`. */
export function runs(samples: ActivationSample[], pred: (s: ActivationSample) => boolean): ZInterval[] {
  const out: ZInterval[] = [];
  let start: number | undefined;
  samples.forEach((s, i) => {
    if (pred(s)) {
      start ??= s.z;
      if (i === samples.length - 1) out.push({ z1: start, z2: s.z });
    } else if (start !== undefined) {
      out.push({ z1: start, z2: samples[i - 1].z });
      start = undefined;
    }
  });
  return out;
}

/** The figure's data for one activation (at its default parameter). */
export function activationsModel(name: ActivationName): ActivationsModel {
  const act = ACTIVATIONS[name];
  const samples = zGrid().map((z) => ({ z, g: act.f(z), dg: act.df(z) }));
  const threshold = NEAR_ZERO_FRACTION * act.maxDerivative;
  const flat = runs(samples, (s) => Math.abs(s.dg) < threshold);
  const best = samples.reduce((a, b) => (b.dg > a.dg ? b : a));
  const peak = { z: best.z, value: act.maxDerivative, attained: best.dg >= act.maxDerivative - PEAK_TOLERANCE };
  return { name, samples, threshold, flat, peak };
}
