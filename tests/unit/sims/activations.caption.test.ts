import { describe, expect, it } from 'vitest';
import { caption, chartLabel, fmt, fmtIntervals, isolatedPeak, readout } from '../../../src/sims/activations/caption';
import { activationsModel } from '../../../src/sims/activations/model';
import { ACTIVATIONS_I18N } from '../../../src/i18n/activations';
import { FN_OPTIONS } from '../../../src/sims/activations/defaults';

const { es, en } = ACTIVATIONS_I18N;

describe('number formatting for prose', () => {
  it('keeps three significant digits and uses a true minus sign', () => {
    expect(fmt(-4.3825)).toBe('−4.38');
    expect(fmt(0.0125)).toBe('0.0125');
    expect(fmt(6)).toBe('6');
    expect(fmt(0)).toBe('0');
  });
  it('writes intervals as a union', () => {
    expect(fmtIntervals([{ z1: -6, z2: -4.4 }, { z1: 4.4, z2: 6 }])).toBe('[−6, −4.4] ∪ [4.4, 6]');
  });
});

describe('captions', () => {
  it('sigmoid: states the peak 0.25 at z = 0 and the two flat tails', () => {
    const m = activationsModel('sigmoid');
    expect(isolatedPeak(m)).toBe(true);
    const s = readout(m, es);
    expect(s).toContain('0.25');
    expect(s).toContain('z = 0');
    expect(s).toContain(fmtIntervals(m.flat));
    expect(m.flat).toHaveLength(2);
  });

  it('ReLU: a plateau peak is stated without a single z', () => {
    const m = activationsModel('relu');
    expect(isolatedPeak(m)).toBe(false);
    expect(readout(m, en)).not.toContain('at z =');
  });

  it('softplus: the supremum is described as approached, not reached', () => {
    expect(readout(activationsModel('softplus'), en)).toContain(en.supTail);
  });

  it('linear: says g′ is never nearly zero', () => {
    expect(readout(activationsModel('linear'), es)).toContain(es.noFlat);
  });

  it.each(FN_OPTIONS)('%s: caption and chart label name the activation in each language', (name) => {
    const m = activationsModel(name);
    expect(caption(m, es).toLowerCase()).toContain(es.names[name].toLowerCase());
    expect(caption(m, en).toLowerCase()).toContain(en.names[name].toLowerCase());
    expect(chartLabel(m, en)).toContain(en.names[name]);
    expect(caption(m, es)).not.toBe(caption(m, en));
  });
});
