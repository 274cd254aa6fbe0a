// The simulate CLI's number formats end to end: --dtype float16 | bfloat16 and --loss-scale (the engine's
// formatBackward, issue 14). Flag parsing and its errors are in cli.test.ts.
import { describe, expect, it } from 'vitest';
import { simulate } from './cli-run';

describe('simulate --dtype float16 | bfloat16 --loss-scale S', () => {
  /** Relative gap accepted between a format's ‖Δ‖ and float64's where nothing underflowed (float16: 11 bits, ~20 roundings). */
  const ROUNDED_NORM_TOLERANCE = 1e-2;
  const flags = ['--depth', '20', '--width', '16', '--batch', '16', '--activation', 'sigmoid'];
  interface FormatJson {
    format: string; lossScale: number; firstZeroLayer: number | null; overflow: boolean;
    layers: { layer: number; exactDeltaNorm: number; deltaNorm: number | string; size: number; zeros: number; exactZeros: number; subnormal: number; nonFinite: number; allZero: boolean }[];
  }
  const run = (extra: string[]) => JSON.parse(simulate([...flags, ...extra, '--json'])) as { layers: { deltaNorm: number }[]; format?: FormatJson };

  it('float16: beside float64 exactly, all zeros from one layer down, and S = 2^10 rescues layers; bfloat16 keeps them all', () => {
    const exact = run(['--dtype', 'float64']);
    expect(exact.format).toBeUndefined();
    const f16 = run(['--dtype', 'float16']).format!;
    expect(f16).toMatchObject({ format: 'float16', lossScale: 1, overflow: false });
    // The exact column is the float64 run's own ‖Δ‖ (the same seeded network and batch).
    f16.layers.forEach((l, k) => expect(l.exactDeltaNorm).toBe(exact.layers[k].deltaNorm));
    // Sigmoid at depth 20 vanishes below float16's 2^-24 somewhere in the middle: every layer from there down is all zero,
    // every layer above it is not, and where no entry underflowed or went subnormal the norm is the exact one to rounding.
    const z = f16.firstZeroLayer!;
    expect(z).toBeGreaterThan(1);
    expect(z).toBeLessThan(20);
    for (const l of f16.layers) {
      expect(l.allZero).toBe(l.layer <= z);
      if (l.layer <= z) expect(l.deltaNorm).toBe(0);
      else expect(l.deltaNorm).toBeGreaterThan(0);
      if (l.zeros === l.exactZeros && l.subnormal === 0) {
        expect(Math.abs((l.deltaNorm as number) - l.exactDeltaNorm) / l.exactDeltaNorm).toBeLessThan(ROUNDED_NORM_TOLERANCE);
      }
    }
    const scaled = run(['--dtype', 'float16', '--loss-scale', '2^10']).format!;
    expect(scaled.lossScale).toBe(1024);
    expect(scaled.firstZeroLayer ?? 0).toBeLessThan(z);
    expect(run(['--dtype', 'bfloat16']).format!.firstZeroLayer).toBeNull();
  });

  it('too large a loss scale overflows float16 (65504) and the table says so', () => {
    const text = simulate([...flags, '--dtype', 'float16', '--loss-scale', '2^24']);
    expect(text.split('\n')[0]).toMatch(/float16 backward \(float64 forward\), loss scale 2\^24/);
    expect(text).toMatch(/layer\s+‖Δ‖ float64\s+‖Δ‖ float16\s+‖∂J\/∂W‖ float64\s+‖∂J\/∂W‖ float16/);
    expect(text).toMatch(/21 \(out\).*Infinity.*overflow/);
    expect(text).toMatch(/^overflow: some gradients are ±Infinity or NaN in float16 with loss scale 2\^24/m);
    expect(text).not.toMatch(/float32 Π g'/);
  });
});
