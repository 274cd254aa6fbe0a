// Number formatting every island shares (pure; no DOM): superscript exponents for "× 10⁻¹³", log-axis ticks,
// and ratios for captions.

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An integer in Unicode superscript digits (−12 → ⁻¹²). */
export function superscript(n: number): string {
  const digits = [...String(Math.abs(Math.trunc(n)))].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
  return (n < 0 ? '⁻' : '') + digits;
}

/** Tick label of a power of ten from its exponent: 10⁻⁶ for −6 (rounded to the nearest integer). */
export function powerOfTenLabel(exponent: number): string {
  return `10${superscript(Math.round(exponent))}`;
}

const SIG_DIGITS = 2;
const PLAIN_RANGE_LOW = 0.01;
const PLAIN_RANGE_HIGH = 1000;

/** A ratio for a sentence: plain digits near 1, scientific notation elsewhere, words for 0/∞/NaN. */
export function formatRatio(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Number.POSITIVE_INFINITY) return '∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= PLAIN_RANGE_LOW && a < PLAIN_RANGE_HIGH) return String(Number(x.toPrecision(SIG_DIGITS)));
  const [mant, exp] = x.toExponential(1).split('e');
  return `${mant}·10${superscript(Number(exp))}`;
}

/** Significant digits that always tell two float32 values apart (FLT_DECIMAL_DIG). */
const FLOAT32_DIGITS = 9;

/** The shortest decimal that reads back as the same float32 as `v` (for data written out: a float32 widened to a
 *  double prints 17 digits, most of them noise); non-finite values as they are. */
export function shortestFloat32(v: number): number {
  if (!Number.isFinite(v)) return v;
  const f = Math.fround(v);
  if (f === 0) return f; // zero as it is: toPrecision would turn -0 into 0
  for (let p = 1; p < FLOAT32_DIGITS; p++) {
    const d = Number(f.toPrecision(p));
    if (Math.fround(d) === f) return d;
  }
  return Number(f.toPrecision(FLOAT32_DIGITS));
}
