// The simulate CLI's flag reader, shared by the feedforward flags (args.ts) and the recurrent ones (recurrent-args.ts):
// `--flag value` and `--flag=value`, the last occurrence wins, every value checked against its kind, and any
// problem reported as one line naming the flag and what it accepts.

export type Kind =
  | { type: 'bool' }
  | { type: 'int'; min: number; max?: number; what: string }
  | { type: 'float'; min: number; exclusiveMin?: boolean; what: string }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'scale'; what: string }
  | { type: 'string'; what: string };

export type FlagTable<K extends string> = Record<string, { key: K; kind: Kind }>;

/** A strict number: the whole string must be a finite decimal (no "", "1e", "0x10", "Infinity"). */
export const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** A power of two: 2^k with an integer k (2^10, 2^-3). */
const POWER_OF_TWO = /^2\^([+-]?\d+)$/;

function parseValue(flag: string, kind: Kind, raw: string): { value: unknown } | { error: string } {
  switch (kind.type) {
    case 'enum':
      return kind.values.includes(raw)
        ? { value: raw }
        : { error: `${flag}: unknown value "${raw}" (allowed: ${kind.values.join(', ')})` };
    case 'string':
      return raw === '' ? { error: `${flag}: needs ${kind.what}` } : { value: raw };
    case 'int': {
      const n = NUMBER.test(raw) ? Number(raw) : NaN;
      if (!Number.isInteger(n) || n < kind.min) return { error: `${flag}: "${raw}" is not ${kind.what}` };
      if (kind.max !== undefined && n > kind.max) return { error: `${flag}: "${raw}" is too large (at most ${kind.max})` };
      return { value: n };
    }
    case 'float': {
      const n = NUMBER.test(raw) ? Number(raw) : NaN;
      if (!Number.isFinite(n) || n < kind.min || (kind.exclusiveMin && n === kind.min)) {
        return { error: `${flag}: "${raw}" is not ${kind.what}` };
      }
      return { value: n };
    }
    case 'scale': {
      const power = POWER_OF_TWO.exec(raw);
      const n = power ? 2 ** Number(power[1]) : NUMBER.test(raw) ? Number(raw) : NaN;
      if (!Number.isFinite(n) || !(n > 0)) return { error: `${flag}: "${raw}" is not ${kind.what}` };
      return { value: n };
    }
    case 'bool':
      return { value: true };
  }
}

export type FlagsResult<K extends string> =
  | { ok: true; values: Partial<Record<K, unknown>>; seen: Set<K> }
  | { ok: false; error: string };

/**
 * Reads argv against a table of flags. `unknown` words the message for a flag not in the table
 * (default: the list of the table's flags).
 */
export function readFlags<K extends string>(
  argv: readonly string[], flags: FlagTable<K>, aliases: Record<string, string>,
  unknown: (flag: string) => string = (flag) => `unknown flag "${flag}" (allowed: ${Object.keys(flags).join(' ')})`,
): FlagsResult<K> {
  const seen = new Set<K>();
  const values: Partial<Record<K, unknown>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-')) {
      return { ok: false, error: `unexpected argument "${arg}" (flags start with --; see --help)` };
    }
    const eq = arg.indexOf('=');
    const name = aliases[arg] ?? (eq >= 0 ? arg.slice(0, eq) : arg);
    const spec = flags[name];
    if (!spec) return { ok: false, error: unknown(eq >= 0 ? arg.slice(0, eq) : arg) };
    let raw: string;
    if (spec.kind.type === 'bool') {
      if (eq >= 0) return { ok: false, error: `${name}: takes no value` };
      raw = '';
    } else if (eq >= 0) {
      raw = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      // A value may be negative ("--sigma-w -1" must be reported as negative, not as a missing value).
      if (next === undefined || (next.startsWith('--') && !NUMBER.test(next))) {
        const wanted = spec.kind.type === 'enum' ? `one of ${spec.kind.values.join(', ')}` : spec.kind.what;
        return { ok: false, error: `${name}: needs a value (${wanted})` };
      }
      raw = next;
      i++;
    }
    const parsed = parseValue(name, spec.kind, raw);
    if ('error' in parsed) return { ok: false, error: parsed.error };
    values[spec.key] = parsed.value;
    seen.add(spec.key);
  }
  return { ok: true, values, seen };
}
