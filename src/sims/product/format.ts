// Number formatting shared by the island, its caption and its chart labels (pure; no DOM).
import { superscript } from '../format';

const SIG_DIGITS = 2;

/** Mantissa and exponent of 10^log10 without ever building the number (works far below float64's range). */
export function splitLog10(log10: number): { mantissa: number; exponent: number } {
  let exponent = Math.floor(log10);
  let mantissa = 10 ** (log10 - exponent);
  if (Number(mantissa.toFixed(SIG_DIGITS - 1)) >= 10) { mantissa /= 10; exponent += 1; }
  return { mantissa, exponent };
}

/** "3.2 × 10⁻¹³" from a log10 value; "0" for −Infinity, "∞" for +Infinity, "NaN" for NaN. */
export function formatLog10(log10: number, decimalSep = '.'): string {
  if (Number.isNaN(log10)) return 'NaN';
  if (log10 === -Infinity) return '0';
  if (log10 === Infinity) return '∞';
  if (log10 > -3 && log10 < 4) return fixed(10 ** log10, decimalSep);
  const { mantissa, exponent } = splitLog10(log10);
  return `${mantissa.toFixed(SIG_DIGITS - 1).replace('.', decimalSep)} × 10${superscript(exponent)}`;
}

/** Same for a plain number (0, subnormal, ∞ and NaN shown as such; sign kept). */
export function formatNumber(x: number, decimalSep = '.'): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const sign = x < 0 ? '−' : '';
  return sign + formatLog10(Math.log10(Math.abs(x)), decimalSep);
}

function fixed(x: number, decimalSep: string): string {
  const digits = x >= 100 ? 0 : x >= 1 ? SIG_DIGITS - 1 : SIG_DIGITS - 1 - Math.floor(Math.log10(x));
  return Number(x.toPrecision(SIG_DIGITS)).toFixed(Math.max(0, digits)).replace('.', decimalSep);
}

/** Compact e-notation for tables and CSV-like text ("3.2e-13"). */
export function formatE(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  return x === 0 ? '0' : x.toExponential(SIG_DIGITS);
}
