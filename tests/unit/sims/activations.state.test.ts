import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIVATIONS_CODEC } from '../../../src/sims/activations/state';
import { FN_DEFAULT, FN_OPTIONS } from '../../../src/sims/activations/defaults';

describe('activations URL codec', () => {
  it('reads a valid activation without notices', () => {
    const { state, notices } = ACTIVATIONS_CODEC.decode('?activations.fn=tanh');
    expect(state.fn).toBe('tanh');
    expect(notices).toEqual([]);
  });

  it('accepts friendly spellings', () => {
    expect(ACTIVATIONS_CODEC.decode('activations.fn=logistic').state.fn).toBe('sigmoid');
    expect(ACTIVATIONS_CODEC.decode('activations.fn=swish').state.fn).toBe('silu');
    expect(ACTIVATIONS_CODEC.decode('activations.fn=ReLU').state.fn).toBe('relu');
  });

  it('falls back to the default with a notice on an unknown activation', () => {
    const { state, notices } = ACTIVATIONS_CODEC.decode('?activations.fn=banana');
    expect(state.fn).toBe(FN_DEFAULT);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ key: 'activations.fn', raw: 'banana', used: FN_DEFAULT, reason: 'unknown-value' });
  });

  it('omits the default and round-trips every activation', () => {
    expect(ACTIVATIONS_CODEC.encode({ fn: FN_DEFAULT })).toBe('');
    for (const fn of FN_OPTIONS) {
      expect(ACTIVATIONS_CODEC.decode(ACTIVATIONS_CODEC.encode({ fn })).state.fn).toBe(fn);
    }
  });

  it('keeps other islands’ keys when merging into the query string', () => {
    const search = ACTIVATIONS_CODEC.merge('?product.depth=40&activations.fn=relu', { fn: 'tanh' });
    const params = new URLSearchParams(search);
    expect(params.get('product.depth')).toBe('40');
    expect(params.get('activations.fn')).toBe('tanh');
  });

  it('never throws and always yields a known activation, whatever the query', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (key, value) => {
      const q = `?${key}=${value}&activations.fn=${value}`;
      const { state } = ACTIVATIONS_CODEC.decode(q);
      expect(FN_OPTIONS).toContain(state.fn);
    }));
  });
});
