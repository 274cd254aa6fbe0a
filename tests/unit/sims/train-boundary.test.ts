// The train island's decision boundary says what the network says: the grid of P(class 1) a trained session
// hands the chart equals a float64 forward pass of its network at points placed here (rows from the top, columns
// from the left, cell centres of [−PLANE, PLANE]²), and the 0.5 line the chart draws crosses exactly the grid
// edges where that float64 P crosses ½, at the interpolated place. A flat or constant grid fails both.
import { describe, expect, test } from 'vitest';
import { TrainSession, trainingPoints } from '../../../src/sims/train/model';
import { GRID_SIZE, PLANE, TRAIN_DEFAULTS, type TrainState } from '../../../src/sims/train/defaults';
import { trainBoundaryChart } from '../../../src/charts/train-boundary';
import type { PlotSvg } from '../../../src/charts/train-common';
import { serverDocument } from '../../../src/charts/render-static';
import { referenceForward } from '../engine/reference-forward';

/** The float32 network's P(class 1) against the float64 pass (a few layers of float32 rounding). */
const P_TOLERANCE = 1e-4;
/** Pixel coordinates are rounded to 0.01 px, about 1e-3 of a grid step at this width. */
const GRID_UNIT_TOLERANCE = 2e-3;
const CHART_WIDTH = 400;
const STEPS = 300;
const HALF = 0.5;

const SESSIONS: { name: string; state: Partial<TrainState> }[] = [
  { name: 'relu on xor', state: { dataset: 'xor', activation: 'relu' } },
  { name: 'relu + batch norm on moons (running statistics)', state: { dataset: 'moons', activation: 'relu', batchNorm: true } },
  { name: 'tanh + identity skips on circles', state: { dataset: 'circles', activation: 'tanh', residual: 'identity' } },
];

/** P(class 1) at grid point (column c, row r), by the float64 pass over points placed independently of the model. */
function oracleGrid(session: TrainSession): Float64Array {
  const n = GRID_SIZE;
  const step = (2 * PLANE) / n;
  const input = new Float64Array(n * n * 2);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      input[2 * (r * n + c)] = -PLANE + (c + HALF) * step;
      input[2 * (r * n + c) + 1] = PLANE - (r + HALF) * step;
    }
  }
  const running = (k: number) => {
    const bn = session.net.layers[k].bn!;
    return { mean: Array.from(bn.runningMean), variance: Array.from(bn.runningVar) };
  };
  const y = referenceForward(session.net, input, n * n, running).A.at(-1)!;
  return Float64Array.from({ length: n * n }, (_, k) => 1 / (1 + Math.exp(y[2 * k] - y[2 * k + 1])));
}

function trained(state: Partial<TrainState>): { session: TrainSession; grid: Float32Array; oracle: Float64Array } {
  const session = new TrainSession({ ...TRAIN_DEFAULTS, depth: 4, width: 12, optimizer: 'adam', lr: 0.01, ...state });
  session.train(STEPS);
  expect(session.diverged).toBe(false);
  const grid = session.snapshot(true).boundary!;
  return { session, grid, oracle: oracleGrid(session) };
}

/** The 0.5 line's segment ends, in grid units (column, row; grid point (c, r) at integers), from the chart's SVG. */
function drawnCrossings(svg: PlotSvg): [number, number][] {
  const d = svg.querySelector('[data-boundary-layer] path[stroke]')?.getAttribute('d') ?? '';
  const [x0, x1, y0, y1] = [svg.scale('x').apply(-PLANE), svg.scale('x').apply(PLANE), svg.scale('y').apply(PLANE), svg.scale('y').apply(-PLANE)];
  const pts = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  // Pixels → grid units; the ends on the frame (the grid padded by half a step) fold onto the outer grid points.
  const clamp = (v: number) => Math.min(GRID_SIZE - 1, Math.max(0, v));
  return pts.map(([X, Y]) => [clamp(((X - x0) / (x1 - x0)) * GRID_SIZE - HALF), clamp(((Y - y0) / (y1 - y0)) * GRID_SIZE - HALF)]);
}

const near = (v: number) => Math.abs(v - Math.round(v)) < GRID_UNIT_TOLERANCE;

describe('the decision boundary is the model\'s', () => {
  for (const { name, state } of SESSIONS) {
    test(`${name}: the grid handed to the chart is P(class 1) of the network at the grid points`, () => {
      const { grid, oracle } = trained(state);
      expect(grid).toHaveLength(GRID_SIZE * GRID_SIZE);
      let worst = 0;
      oracle.forEach((p, k) => { worst = Math.max(worst, Math.abs(grid[k] - p)); });
      expect(worst).toBeLessThan(P_TOLERANCE);
      expect(Math.min(...oracle)).toBeLessThan(0.2); // the network has learnt two sides: the check is not of a flat grid
      expect(Math.max(...oracle)).toBeGreaterThan(0.8);
    });

    test(`${name}: the 0.5 line drawn crosses exactly the grid edges where P crosses ½, where P interpolates to ½`, () => {
      const { session, grid, oracle } = trained(state);
      const svg = trainBoundaryChart(
        { points: trainingPoints(session.state.dataset), grid, gridSize: GRID_SIZE, plane: PLANE },
        { width: CHART_WIDTH, raster: false, document: serverDocument(), labels: { x: 'x', y: 'y', aria: 'boundary' } },
      ) as PlotSvg;
      const P = (c: number, r: number) => oracle[r * GRID_SIZE + c];
      const drawn = new Set<string>();
      for (const [c, r] of drawnCrossings(svg)) {
        // Each end lies on a grid edge: a column (vertical edge, rows ⌊r⌋…⌊r⌋+1) or a row (horizontal edge)…
        expect(near(c) || near(r), `end (${c}, ${r}) is on a grid edge`).toBe(true);
        if (near(c) && near(r)) {
          // …or, within the pixel rounding, at a grid point, whose P is then ½ up to that rounding.
          const [pc, pr] = [Math.round(c), Math.round(r)];
          expect(Math.abs(P(pc, pr) - HALF)).toBeLessThan(P_TOLERANCE + GRID_UNIT_TOLERANCE);
          for (const key of [`${pc},${pr},h`, `${pc - 1},${pr},h`, `${pc},${pr},v`, `${pc},${pr - 1},v`]) drawn.add(key);
          continue;
        }
        const vertical = near(c);
        const [ca, ra] = vertical ? [Math.round(c), Math.min(Math.floor(r), GRID_SIZE - 2)] : [Math.min(Math.floor(c), GRID_SIZE - 2), Math.round(r)];
        const [cb, rb] = vertical ? [ca, ra + 1] : [ca + 1, ra];
        const [pa, pb] = [P(ca, ra), P(cb, rb)];
        const t = vertical ? r - ra : c - ca;
        // ½ lies between the ends' values (up to float32 rounding) and the end sits where they interpolate to ½.
        expect(Math.min(pa, pb)).toBeLessThan(HALF + P_TOLERANCE);
        expect(Math.max(pa, pb)).toBeGreaterThan(HALF - P_TOLERANCE);
        expect(Math.abs((pa + t * (pb - pa)) - HALF)).toBeLessThan(P_TOLERANCE + GRID_UNIT_TOLERANCE * Math.abs(pb - pa));
        drawn.add(`${ca},${ra},${vertical ? 'v' : 'h'}`);
      }
      // Every edge the float64 P clearly crosses ½ on is drawn.
      const missing: string[] = [];
      let crossings = 0;
      const clear = (p: number) => Math.abs(p - HALF) > P_TOLERANCE;
      for (let r = 0; r < GRID_SIZE; r++) {
        for (let c = 0; c < GRID_SIZE; c++) {
          for (const [cb, rb, kind] of [[c + 1, r, 'h'], [c, r + 1, 'v']] as const) {
            if (cb >= GRID_SIZE || rb >= GRID_SIZE) continue;
            const [pa, pb] = [P(c, r), P(cb, rb)];
            if (!clear(pa) || !clear(pb) || (pa >= HALF) === (pb >= HALF)) continue;
            crossings++;
            if (!drawn.has(`${c},${r},${kind}`)) missing.push(`${c},${r},${kind}`);
          }
        }
      }
      expect(crossings).toBeGreaterThan(GRID_SIZE / 2); // a real boundary runs across the plane
      expect(missing).toEqual([]);
    });
  }
});
