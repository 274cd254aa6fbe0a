import { describe, expect, it } from 'vitest';
import { AXIS_EMPTY_SHARE, AXIS_SLACK, AXIS_STEP, MAX_LAYERS, steppedLayerAxis, layerAxis } from '../../../src/sims/components/axis';
import { DEPTH_MAX, DEPTH_MIN } from '../../../src/sims/components/defaults';

/** Layers on the chart (hidden layers and the output layer) over the depth slider's range. */
const depths = Array.from({ length: DEPTH_MAX - DEPTH_MIN + 1 }, (_, i) => DEPTH_MIN + i + 1);

describe('components layer axis: held while the depth slider moves', () => {
  it('the first axis fits the layers exactly; a moved one holds them in whole steps, within the slider range', () => {
    for (const d of depths) expect(layerAxis(d, null)).toBe(d);
    for (const d of depths) {
      const a = steppedLayerAxis(d);
      expect(a).toBeGreaterThanOrEqual(d);
      expect(a - d).toBeLessThan(AXIS_STEP);
      expect(a % AXIS_STEP === 0 || a === MAX_LAYERS).toBe(true);
    }
    expect(steppedLayerAxis(DEPTH_MAX + 1)).toBe(MAX_LAYERS);
  });

  it('always holds every layer, never leaves more empty slots than its limits, from any previous axis', () => {
    for (const prev of [null, ...depths]) {
      for (const d of depths) {
        const a = layerAxis(d, prev);
        expect(a).toBeGreaterThanOrEqual(d);
        if (a !== steppedLayerAxis(d) && prev !== null) {
          expect(a).toBe(prev);
          expect(a - d).toBeLessThanOrEqual(Math.min(AXIS_SLACK, AXIS_EMPTY_SHARE * a));
        }
      }
    }
  });

  it('a drag from the deepest network down by AXIS_SLACK layers keeps the axis, so no box moves', () => {
    let axis: number | null = null;
    const seen = new Set<number>();
    for (let d = MAX_LAYERS; d >= MAX_LAYERS - AXIS_SLACK; d--) { axis = layerAxis(d, axis); seen.add(axis); }
    expect([...seen]).toEqual([MAX_LAYERS]);
  });

  it('stepping back and forth by one layer moves the axis at most once, from three steps of slots up', () => {
    for (const d of depths.slice(0, -1)) {
      for (const start of [d, d + 1]) {
        let axis: number | null = layerAxis(start, null);
        let changes = 0;
        for (let k = 1; k <= 10; k++) {
          const next = layerAxis(k % 2 ? (start === d ? d + 1 : d) : start, axis);
          if (next !== axis) changes++;
          axis = next;
        }
        // an alternating step that flips the axis each time would redo every box at every step (below three
        // steps of slots the axis fits the layers instead: few boxes, and little empty room)
        if (d >= 3 * AXIS_STEP) expect(changes, `depth ${d} ↔ ${d + 1} from ${start}`).toBeLessThanOrEqual(1);
      }
    }
  });
});
