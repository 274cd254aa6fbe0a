// Number formats: rounding a float64 to the value a format stores, and each format's limits.
//   float64   identity (53 significant bits, 11-bit exponent)
//   float32   Math.fround (24 significant bits, 8-bit exponent)
//   float16   IEEE 754 binary16 (11 significant bits, 5-bit exponent): round to nearest, ties to even, subnormals
//             down to 2^-24, ±Infinity from 65520 = 65504 + half a step (ties to even goes up there). Math.f16round
//             where the runtime has it, else roundFloat16Exact (the same function, written out).
//   bfloat16  the upper 16 bits of the float32 bit pattern (8 significant bits, float32's 8-bit exponent), rounded
//             to nearest with ties to even on those 16 bits, after the value is first rounded to float32; NaN stays NaN.
// All four keep the sign of zero and let ±Infinity and NaN through.

/** The number formats the engine can round to. */
export type NumberFormat = 'float64' | 'float32' | 'float16' | 'bfloat16';
/** From the widest format to the narrowest range. */
export const NUMBER_FORMATS: readonly NumberFormat[] = ['float64', 'float32', 'bfloat16', 'float16'];

/** Limits of a format: the largest finite value, the smallest positive normal and subnormal, significand bits (with the implicit one). */
export interface FormatInfo { name: NumberFormat; maxFinite: number; minNormal: number; minSubnormal: number; significandBits: number }

export const FORMAT_INFO: Readonly<Record<NumberFormat, FormatInfo>> = {
  float64: { name: 'float64', maxFinite: Number.MAX_VALUE, minNormal: 2 ** -1022, minSubnormal: 2 ** -1074, significandBits: 53 },
  float32: { name: 'float32', maxFinite: (2 - 2 ** -23) * 2 ** 127, minNormal: 2 ** -126, minSubnormal: 2 ** -149, significandBits: 24 },
  bfloat16: { name: 'bfloat16', maxFinite: (2 - 2 ** -7) * 2 ** 127, minNormal: 2 ** -126, minSubnormal: 2 ** -133, significandBits: 8 },
  float16: { name: 'float16', maxFinite: 65504, minNormal: 2 ** -14, minSubnormal: 2 ** -24, significandBits: 11 },
};

/** Stored bits of float16's significand (without the implicit one) and its smallest normal exponent. */
const F16_FRACTION_BITS = 10;
const F16_MIN_EXPONENT = -14;
/** float16 rounds to Infinity from here up: halfway between 65504 and 65536, where ties to even picks 65536. */
const F16_OVERFLOW_THRESHOLD = 65520;
/** bfloat16 keeps the upper half of a float32's 32 bits. */
const BF16_DROPPED_BITS = 16;
const BF16_HALF_MINUS_ONE = 0x7fff;
const BF16_KEEP_MASK = 0xffff0000;

/** y rounded to the nearest integer, ties to even (y ≥ 0 and below 2^52, so y − floor(y) is exact). */
function roundHalfEven(y: number): number {
  const f = Math.floor(y);
  const d = y - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** The exponent e with 2^e ≤ a < 2^(e+1), for a finite a > 0 (log2 corrected where it rounds across a power). */
function exponentOf(a: number): number {
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  return e;
}

/** IEEE binary16 rounding of a float64, written out: nearest, ties to even, subnormals, overflow to ±Infinity. */
export function roundFloat16Exact(x: number): number {
  if (Number.isNaN(x) || x === 0 || !Number.isFinite(x)) return x;
  const a = Math.abs(x);
  let r: number;
  if (a >= F16_OVERFLOW_THRESHOLD) {
    r = Infinity;
  } else {
    // The spacing of float16 values around a: 2^(e−10) among normals, 2^-24 for all subnormals.
    const e = Math.max(exponentOf(a), F16_MIN_EXPONENT);
    const quantum = 2 ** (e - F16_FRACTION_BITS);
    r = roundHalfEven(a / quantum) * quantum; // a / quantum and the product are exact (powers of two)
  }
  return x < 0 ? -r : r;
}

const nativeF16 = (Math as unknown as { f16round?: (x: number) => number }).f16round;

/** float16 rounding: Math.f16round where the runtime has it, else roundFloat16Exact. */
export const roundFloat16: (x: number) => number = typeof nativeF16 === 'function' ? nativeF16 : roundFloat16Exact;

const bf32 = new Float32Array(1);
const bfBits = new Uint32Array(bf32.buffer);

/** bfloat16 rounding: the float32 value, then round to nearest even on its upper 16 bits; NaN stays NaN. */
export function roundBfloat16(x: number): number {
  if (Number.isNaN(x)) return NaN;
  bf32[0] = x;
  const u = bfBits[0];
  const lsb = (u >>> BF16_DROPPED_BITS) & 1;
  // Adding 0x7fff + lsb carries into the kept half exactly when the dropped half is above half (or a tie with an odd
  // kept half); a carry out of the largest finite value lands on Infinity's pattern, as it should.
  bfBits[0] = ((u + BF16_HALF_MINUS_ONE + lsb) & BF16_KEEP_MASK) >>> 0;
  return bf32[0];
}

const identity = (x: number): number => x;

/** The rounding function of a format. */
export function rounder(format: NumberFormat): (x: number) => number {
  switch (format) {
    case 'float64': return identity;
    case 'float32': return Math.fround;
    case 'float16': return roundFloat16;
    case 'bfloat16': return roundBfloat16;
  }
}

/** x as the format stores it. */
export function roundTo(format: NumberFormat, x: number): number {
  return rounder(format)(x);
}

/** Equation (4)'s product in a format, as float32Product does it: each factor rounded, then the product after every multiply. */
export function formatProduct(format: NumberFormat, factors: ArrayLike<number>): number {
  const r = rounder(format);
  let p = 1;
  for (let i = 0; i < factors.length; i++) p = r(p * r(factors[i]));
  return p;
}
