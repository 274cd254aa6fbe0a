// shortestFloat32: the build-time memory run's data are written out with it (the island's "show data" and CSV before
// the reader trains); each number must read back as the very float32 the run held, in as few digits as that takes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shortestFloat32 } from '../../../src/sims/format';

describe('shortestFloat32', () => {
  it('reads back as the same float32, for any float32', () => {
    fc.assert(fc.property(fc.float({ noNaN: true, noDefaultInfinity: true }), (v) => {
      expect(Math.fround(shortestFloat32(v))).toBe(Math.fround(v));
    }));
  });
  it('is no longer than it must be', () => {
    expect(shortestFloat32(Math.fround(1.3862943611198906))).toBe(1.3862944);
    expect(shortestFloat32(Math.fround(0.25))).toBe(0.25);
    expect(shortestFloat32(Math.fround(0.1))).toBe(0.1);
    expect(shortestFloat32(1000)).toBe(1000);
  });
  it('keeps the sign of zero, and a value that underflows float32 reads as the zero it becomes', () => {
    expect(Object.is(shortestFloat32(-0), -0)).toBe(true);
    expect(Object.is(shortestFloat32(0), 0)).toBe(true);
    expect(Object.is(shortestFloat32(-1e-60), -0)).toBe(true);
  });
  it('keeps non-finite values', () => {
    expect(shortestFloat32(Number.NaN)).toBeNaN();
    expect(shortestFloat32(-Infinity)).toBe(-Infinity);
  });
});
