// Geometry of a square grid of values (the train island's P(class 1) on GRID_SIZE² points), in grid units:
// the isoline of a level and the region above it (whole squares as horizontal runs, cut squares as small
// polygons), both by marching squares, so the filled band ends exactly on its line. Pure and DOM-free; the
// boundary chart maps the results to pixels. (Plot's contour mark would pull d3-contour,
// d3-delaunay and the raster code into the page for this one chart.)

/** Corner offsets (column, row) of a square, clockwise from the top left. */
const DC = [0, 1, 1, 0];
const DR = [0, 0, 1, 1];

/**
 * The isoline `values = level` by marching squares. `values` is row-major n × n, row 0 at the top; the grid
 * points are cell centres, so a point (column c, row r) is the centre of cell c of row r. Returns flat
 * segments [c1, r1, c2, r2, …] in those units (each square crossed adds one segment, a saddle two). A
 * saddle is resolved by the mean of its four corners. Values that are not finite count as below the level.
 */
export function isolineSegments(values: ArrayLike<number>, n: number, level: number): number[] {
  const out: number[] = [];
  const v = [0, 0, 0, 0];
  const a = [false, false, false, false];
  let c = 0, r = 0;
  /** Adds the crossing on edge i (top 0, right 1, bottom 2, left 3: from corner i to the next, clockwise). */
  const cross = (i: number) => {
    const j = (i + 1) & 3, p = v[i], q = v[j];
    const t = Number.isFinite(p) && Number.isFinite(q) && p !== q ? Math.min(1, Math.max(0, (level - p) / (q - p))) : 0.5;
    out.push(c + DC[i] + t * (DC[j] - DC[i]), r + DR[i] + t * (DR[j] - DR[i]));
  };
  for (r = 0; r + 1 < n; r++) {
    for (c = 0; c + 1 < n; c++) {
      // Corners clockwise from the top left: tl, tr, br, bl.
      v[0] = values[r * n + c]; v[1] = values[r * n + c + 1]; v[2] = values[(r + 1) * n + c + 1]; v[3] = values[(r + 1) * n + c];
      let count = 0;
      for (let i = 0; i < 4; i++) { a[i] = v[i] >= level; if (a[i]) count++; } // NaN >= level is false: below
      if (count === 0 || count === 4) continue;
      if (count === 2 && a[0] === a[2]) {
        // Saddle: the centre decides which pair of opposite corners is connected; cut off the other two.
        const centreAbove = (v[0] + v[1] + v[2] + v[3]) / 4 >= level;
        if (a[0] !== centreAbove) { cross(3); cross(0); cross(1); cross(2); } // cut off tl (left–top) and br (right–bottom)
        else { cross(0); cross(1); cross(2); cross(3); } // cut off tr (top–right) and bl (bottom–left)
        continue;
      }
      // Exactly two edges are crossed: in order top, right, bottom, left.
      for (let i = 0; i < 4; i++) if (a[i] !== a[(i + 1) & 3]) cross(i);
    }
  }
  return out;
}

/** The region `values ≥ level` between the grid points: whole squares merged into runs, cut squares as polygons. */
export interface Band {
  /** Squares with all four corners above: flat [row, firstColumn, squareCount, …] (square (c, r) spans c…c+1, r…r+1). */
  runs: number[];
  /** The vertices of every polygon, flat [c1, r1, c2, r2, …]: the part above the level of each cut square. */
  points: number[];
  /** Where each polygon starts in `points` (polygon k is points[starts[k]] up to starts[k + 1], or the end). */
  starts: number[];
}

/**
 * The band `values ≥ level` (marching squares with the same saddle rule as isolineSegments, so the band's
 * edge is that isoline). Grid units as in isolineSegments; non-finite values count as below. Allocation-
 * free per square: a redraw while training cuts up to every square of the grid.
 */
export function band(values: ArrayLike<number>, n: number, level: number): Band {
  const runs: number[] = [];
  const points: number[] = [];
  const starts: number[] = [];
  const v = [0, 0, 0, 0];
  const a = [false, false, false, false];
  let c = 0, r = 0;
  /** Adds the crossing on the edge from corner i to the next corner. */
  const crossing = (i: number) => {
    const j = (i + 1) & 3, p = v[i], q = v[j];
    const k = Number.isFinite(p) && Number.isFinite(q) && p !== q ? Math.min(1, Math.max(0, (level - p) / (q - p))) : 0.5;
    points.push(c + DC[i] + k * (DC[j] - DC[i]), r + DR[i] + k * (DR[j] - DR[i]));
  };
  for (r = 0; r + 1 < n; r++) {
    let start = -1;
    for (c = 0; c < n; c++) {
      let count = 0;
      if (c + 1 < n) {
        v[0] = values[r * n + c]; v[1] = values[r * n + c + 1]; v[2] = values[(r + 1) * n + c + 1]; v[3] = values[(r + 1) * n + c];
        for (let i = 0; i < 4; i++) { a[i] = v[i] >= level; if (a[i]) count++; } // NaN >= level is false: below
      }
      const full = count === 4;
      if (full && start < 0) start = c;
      else if (!full && start >= 0) { runs.push(r, start, c - start); start = -1; }
      if (count === 0 || full) continue;
      if (count === 2 && a[0] === a[2] && !((v[0] + v[1] + v[2] + v[3]) / 4 >= level)) {
        // A saddle whose centre is below: the two corners above are separate triangles.
        for (let i = 0; i < 4; i++) {
          if (!a[i]) continue;
          starts.push(points.length);
          points.push(c + DC[i], r + DR[i]);
          crossing(i);
          crossing((i + 3) & 3);
        }
        continue;
      }
      starts.push(points.length);
      for (let i = 0; i < 4; i++) {
        if (a[i]) points.push(c + DC[i], r + DR[i]);
        if (a[i] !== a[(i + 1) & 3]) crossing(i);
      }
    }
  }
  return { runs, points, starts };
}

/**
 * The grid with a border of one point on every side repeating its edge values, so shapes drawn from it
 * reach the outer edges of the outer cells (the frame) rather than stop at their centres. `at(i)` maps an
 * index of the padded grid to the original column/row units: −0.5 for the first, n − 0.5 for the last.
 */
export function padGrid(values: ArrayLike<number>, n: number): { values: Float32Array; n: number; at: (i: number) => number } {
  const m = n + 2;
  const out = new Float32Array(m * m);
  const clamp = (i: number) => Math.min(n - 1, Math.max(0, i - 1));
  for (let r = 0; r < m; r++) for (let c = 0; c < m; c++) out[r * m + c] = values[clamp(r) * n + clamp(c)];
  // Index i of the padded grid lies at i − 1, except the two borders, pulled in to ±0.5 beyond the edge points.
  const at = (i: number) => (i <= 1 ? -0.5 + i * 0.5 : i >= m - 2 ? n - 1 + (i - (m - 2)) * 0.5 : i - 1);
  return { values: out, n: m, at };
}
