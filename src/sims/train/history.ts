// A fixed-size training history: each column averages `stride` consecutive steps; when the columns are full,
// neighbours merge in pairs and the stride doubles, so any run length fits in the same memory and chart.
// Rows are series (one for the loss, or one per layer for gradient norms); values are averaged as given
// (gradient norms are fed as log10 so their columns hold geometric means).

/** A compressing history of `rows` series with at most `capacity` (even) columns. */
export class History {
  readonly rows: number;
  readonly capacity: number;
  /** Steps averaged into one finished column. */
  stride = 1;
  /** Finished columns. */
  columns = 0;
  /** Column-major values: column c, row r at c * rows + r. */
  private readonly data: Float64Array;
  private readonly pending: Float64Array;
  private pendingCount = 0;

  constructor(rows: number, capacity: number) {
    if (capacity < 2 || capacity % 2 !== 0) throw new RangeError('History: capacity must be even and >= 2');
    this.rows = rows;
    this.capacity = capacity;
    this.data = new Float64Array(rows * capacity);
    this.pending = new Float64Array(rows);
  }

  /** Adds one step's values (length `rows`). */
  push(values: ArrayLike<number>): void {
    for (let r = 0; r < this.rows; r++) this.pending[r] += values[r];
    this.pendingCount++;
    if (this.pendingCount < this.stride) return;
    if (this.columns === this.capacity) {
      this.halve();
      // The pending steps were counted under the old stride: wait for the rest of the (doubled) column.
      if (this.pendingCount < this.stride) return;
    }
    const base = this.columns * this.rows;
    for (let r = 0; r < this.rows; r++) {
      this.data[base + r] = this.pending[r] / this.pendingCount;
      this.pending[r] = 0;
    }
    this.pendingCount = 0;
    this.columns++;
  }

  /** Merges neighbouring columns in pairs and doubles the stride. */
  private halve(): void {
    const half = this.capacity / 2;
    for (let c = 0; c < half; c++) {
      for (let r = 0; r < this.rows; r++) {
        const a = this.data[2 * c * this.rows + r];
        const b = this.data[(2 * c + 1) * this.rows + r];
        this.data[c * this.rows + r] = (a + b) / 2;
      }
    }
    this.columns = half;
    this.stride *= 2;
  }

  /** The finished columns as a row-major Float32Array (rows × columns), ready to transfer to another thread. */
  toRowMajor(): Float32Array {
    const out = new Float32Array(this.rows * this.columns);
    for (let c = 0; c < this.columns; c++) {
      for (let r = 0; r < this.rows; r++) out[r * this.columns + c] = this.data[c * this.rows + r];
    }
    return out;
  }

  /** Training step at the end of column c (1-based steps): columns are equally spaced by the current stride. */
  stepAt(column: number): number {
    return (column + 1) * this.stride;
  }
}
