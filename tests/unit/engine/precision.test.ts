// Number formats (src/engine/precision.ts): known IEEE values, an exhaustive float16 check built from the bit
// layout alone, the fallback against the runtime's Math.f16round / Float16Array, bfloat16 against an independent
// round-to-8-bits, and equation (4)'s product in each format.
import { describe, expect, it } from 'vitest';
import {
  FORMAT_INFO, NUMBER_FORMATS, float32Product, formatProduct, mulberry32, roundBfloat16, roundFloat16,
  roundFloat16Exact, roundTo, type NumberFormat,
} from '../../../src/engine/index.ts';

/** Random samples per comparison against the runtime's float16. */
const SAMPLES = 20_000;
/** float16 bit patterns: 2^16. */
const F16_PATTERNS = 1 << 16;

/** A float16 bit pattern decoded from the IEEE 754 layout (1 sign, 5 exponent, 10 fraction bits; bias 15). */
function decodeF16(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac === 0 ? sign * Infinity : NaN;
  return sign * (1024 + frac) * 2 ** (exp - 25);
}

/** An independent round-to-nearest-even to p significant bits with exponent floor emin (no overflow handling). */
function roundBits(x: number, p: number, emin: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const a = Math.abs(x);
  let e = emin;
  while (2 ** (e + 1) <= a) e++;
  const q = 2 ** (e - (p - 1));
  const m = a / q;
  const f = Math.floor(m);
  const r = m - f > 0.5 || (m - f === 0.5 && f % 2 === 1) ? f + 1 : f;
  return Math.sign(x) * r * q;
}

const native = (Math as unknown as { f16round?: (x: number) => number }).f16round;
const float16Implementations: [string, (x: number) => number][] = [['roundFloat16', roundFloat16], ['roundFloat16Exact', roundFloat16Exact]];

describe('float16 (IEEE binary16)', () => {
  it('has the IEEE limits: max 65504, smallest normal 2^-14, smallest subnormal 2^-24, 11 significant bits', () => {
    expect(FORMAT_INFO.float16).toMatchObject({ maxFinite: 65504, minNormal: 2 ** -14, minSubnormal: 2 ** -24, significandBits: 11 });
    expect(decodeF16(0x7bff)).toBe(65504);
    expect(decodeF16(0x0400)).toBe(2 ** -14);
    expect(decodeF16(0x0001)).toBe(2 ** -24);
  });

  for (const [name, f16] of float16Implementations) {
    it(`${name}: known values, ties to even, subnormals, overflow, signs and specials`, () => {
      expect(f16(1 / 3)).toBe(0.333251953125);   // 0x3555
      expect(f16(0.1)).toBe(0.0999755859375);    // 0x2E66
      expect(f16(Math.PI)).toBe(3.140625);       // 0x4248
      expect(f16(-2.5)).toBe(-2.5);
      // Ties to even: 1 + 2^-11 is halfway between 1 (even) and 1 + 2^-10 (odd).
      expect(f16(1 + 2 ** -11)).toBe(1);
      expect(f16(1 + 3 * 2 ** -11)).toBe(1 + 2 ** -9);
      expect(f16(1 + 2 ** -11 + 2 ** -30)).toBe(1 + 2 ** -10);
      expect(f16(2049)).toBe(2048);
      expect(f16(2051)).toBe(2052);
      // Subnormals, and the tie at half the smallest one going to 0.
      expect(f16(2 ** -24)).toBe(2 ** -24);
      expect(f16(3 * 2 ** -24)).toBe(3 * 2 ** -24);
      expect(f16(2 ** -25)).toBe(0);
      expect(f16(2 ** -25 + 2 ** -40)).toBe(2 ** -24);
      expect(f16(3 * 2 ** -25)).toBe(2 * 2 ** -24);
      expect(f16(2 ** -14 - 2 ** -24)).toBe(2 ** -14 - 2 ** -24);   // the largest subnormal
      expect(Object.is(f16(-(2 ** -26)), -0)).toBe(true);
      // Overflow: 65519.99… rounds to 65504, 65520 (the tie) to Infinity.
      expect(f16(65504)).toBe(65504);
      expect(f16(65519.99)).toBe(65504);
      expect(f16(65520)).toBe(Infinity);
      expect(f16(-1e6)).toBe(-Infinity);
      expect(f16(Infinity)).toBe(Infinity);
      expect(Number.isNaN(f16(NaN))).toBe(true);
      expect(Object.is(f16(-0), -0)).toBe(true);
    });

    it(`${name}: every float16 value is a fixed point, and every midpoint rounds to the even neighbour`, () => {
      for (let h = 0; h < F16_PATTERNS; h++) {
        const v = decodeF16(h);
        if (Number.isNaN(v)) continue;
        expect(f16(v)).toBe(v);
      }
      // Positive finite neighbours h, h + 1 (0x0000 … 0x7bff) and the last step to Infinity.
      for (let h = 0; h < 0x7bff; h++) {
        const lo = decodeF16(h);
        const hi = decodeF16(h + 1);
        const mid = (lo + hi) / 2;
        const even = h % 2 === 0 ? lo : hi;
        if (f16(mid) !== even || f16(-mid) !== -even) expect({ h, got: f16(mid) }).toEqual({ h, got: even });
        const nudge = (hi - lo) / 1024;
        if (f16(mid - nudge) !== lo || f16(mid + nudge) !== hi) expect({ h, lo: f16(mid - nudge), hi: f16(mid + nudge) }).toEqual({ h, lo, hi });
      }
      expect(f16((65504 + 65536) / 2)).toBe(Infinity);
    });
  }

  it.runIf(typeof native === 'function')('the fallback agrees with Math.f16round and Float16Array on many values', () => {
    const rand = mulberry32(16);
    const Float16 = (globalThis as unknown as { Float16Array?: new (n: number) => { [i: number]: number } }).Float16Array;
    const store = Float16 ? new Float16(1) : null;
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    for (let i = 0; i < SAMPLES; i++) {
      // Log-uniform magnitudes over the whole float16 range and past it, and raw float64 bit patterns.
      const x = (rand() < 0.5 ? -1 : 1) * 2 ** (rand() * 50 - 30);
      words[0] = Math.floor(rand() * 2 ** 32); words[1] = Math.floor(rand() * 2 ** 32);
      for (const v of [x, bits[0]]) {
        const want = native!(v);
        if (!Object.is(roundFloat16Exact(v), want)) expect({ v, got: roundFloat16Exact(v) }).toEqual({ v, got: want });
        if (store) {
          store[0] = v;
          if (!Object.is(store[0], want)) expect({ v, array: store[0] }).toEqual({ v, array: want });
        }
      }
    }
  });
});

describe('bfloat16 (upper 16 bits of float32, round to nearest even)', () => {
  it('keeps float32\'s range with 8 significant bits', () => {
    const bf = FORMAT_INFO.bfloat16;
    expect(bf.significandBits).toBe(8);
    expect(bf.minNormal).toBe(FORMAT_INFO.float32.minNormal);
    expect(Math.floor(Math.log2(bf.maxFinite))).toBe(Math.floor(Math.log2(FORMAT_INFO.float32.maxFinite)));
    expect(bf.maxFinite).toBe(3.3895313892515355e38);   // 0x7F7F
    expect(bf.minSubnormal).toBe(2 ** -133);             // 0x0001
    expect(roundBfloat16(bf.maxFinite)).toBe(bf.maxFinite);
    expect(roundBfloat16(2 ** -133)).toBe(2 ** -133);
    expect(roundBfloat16(1e38)).toBeGreaterThan(9.9e37);  // float16 would have overflowed long before
  });

  it('known values, ties to even, NaN, overflow', () => {
    expect(roundBfloat16(Math.PI)).toBe(3.140625);       // 0x4049
    expect(roundBfloat16(1 + 2 ** -7)).toBe(1 + 2 ** -7);
    expect(roundBfloat16(1 + 2 ** -8)).toBe(1);          // tie, 1 is even
    expect(roundBfloat16(1 + 3 * 2 ** -8)).toBe(1 + 2 ** -6);
    expect(roundBfloat16(257)).toBe(256);
    expect(roundBfloat16(259)).toBe(260);
    expect(roundBfloat16(2 ** -134)).toBe(0);            // half the smallest subnormal: tie to 0
    expect(roundBfloat16(3 * 2 ** -134)).toBe(2 ** -132);
    expect(roundBfloat16(FORMAT_INFO.float32.maxFinite)).toBe(Infinity);
    expect(roundBfloat16(-Infinity)).toBe(-Infinity);
    expect(Number.isNaN(roundBfloat16(NaN))).toBe(true);
    expect(Object.is(roundBfloat16(-0), -0)).toBe(true);
  });

  it('agrees with an independent round to 8 significant bits on float32 values', () => {
    const rand = mulberry32(8);
    for (let i = 0; i < SAMPLES; i++) {
      const x = Math.fround((rand() < 0.5 ? -1 : 1) * 2 ** (rand() * 260 - 135));
      const want = Math.abs(x) >= FORMAT_INFO.bfloat16.maxFinite * (1 + 2 ** -9) ? Math.sign(x) * Infinity : roundBits(x, 8, -126);
      if (roundBfloat16(x) !== want) expect({ x, got: roundBfloat16(x) }).toEqual({ x, got: want });
    }
  });
});

describe('every format', () => {
  it('float32 is Math.fround with its IEEE limits; float64 is the identity', () => {
    expect(FORMAT_INFO.float32).toMatchObject({
      maxFinite: 3.4028234663852886e38, minNormal: 1.1754943508222875e-38, minSubnormal: 1.401298464324817e-45, significandBits: 24,
    });
    expect(FORMAT_INFO.float64).toMatchObject({ maxFinite: Number.MAX_VALUE, minSubnormal: Number.MIN_VALUE, significandBits: 53 });
    for (const x of [0.1, 1 / 3, 1e-40, 1e39, -7.25]) {
      expect(roundTo('float32', x)).toBe(Math.fround(x));
      expect(roundTo('float64', x)).toBe(x);
    }
  });

  it.each(NUMBER_FORMATS)('%s: its limits are fixed points; half the smallest subnormal and the tie after 1 round to even', (f: NumberFormat) => {
    const { maxFinite, minNormal, minSubnormal, significandBits: p } = FORMAT_INFO[f];
    for (const v of [maxFinite, minNormal, minSubnormal, -maxFinite, 1 + 2 ** -(p - 1)]) expect(roundTo(f, v)).toBe(v);
    expect(roundTo(f, minSubnormal / 2)).toBe(0);
    expect(roundTo(f, 1 + 2 ** -p)).toBe(1);
    expect(roundTo(f, 1 + 3 * 2 ** -p)).toBe(1 + 2 ** -(p - 2));
    expect(minNormal / minSubnormal).toBe(2 ** (p - 1));   // the subnormals fill the gap below the normals
  });
});

describe('equation (4) in a format: 0.25^L accumulated in the format', () => {
  const quarters = (L: number) => new Array<number>(L).fill(0.25);

  it('is 0 in float16 from L = 13, in bfloat16 from L = 67, in float32 from L = 75; float64 keeps 2^-150', () => {
    expect(formatProduct('float16', quarters(12))).toBe(2 ** -24);
    expect(formatProduct('float16', quarters(13))).toBe(0);
    expect(formatProduct('bfloat16', quarters(66))).toBe(2 ** -132);
    expect(formatProduct('bfloat16', quarters(67))).toBe(0);
    expect(formatProduct('float32', quarters(74))).toBe(2 ** -148);
    expect(formatProduct('float32', quarters(75))).toBe(0);
    expect(formatProduct('float64', quarters(75))).toBe(2 ** -150);
  });

  it('float32 is exactly the engine\'s float32Product, on any factors', () => {
    const rand = mulberry32(4);
    for (let t = 0; t < 50; t++) {
      const factors = Array.from({ length: 1 + Math.floor(rand() * 100) }, () => rand() * 0.5);
      expect(formatProduct('float32', factors)).toBe(float32Product(factors));
    }
  });
});
