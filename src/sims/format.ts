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
