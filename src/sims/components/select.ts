// Exact order statistics without a full sort: the values a sorted copy would hold at a few ranks, found by one
// quickselect that recurses only into the parts holding a wanted rank (multi-select). For a layer's 1,024
// magnitudes and the summary's 14 ranks this is several times faster than sorting (the components island
// summarises 82 such layers per slider step, issue 11). Pure; reorders `xs` in place.
//   orderStatistics(new Float64Array([5, 1, 4]), [0, 2])   // → [1, 5]

/** The k-th smallest value (0-based) of `xs` for each k in `ranks`, as a sort of `xs` would place it. `xs` is
 *  reordered; it must hold no NaN. Ranks outside 0..n−1 give NaN. */
export function orderStatistics(xs: Float64Array, ranks: readonly number[]): number[] {
  const n = xs.length;
  const wanted = [...new Set(ranks.filter((r) => Number.isInteger(r) && r >= 0 && r < n))].sort((a, b) => a - b);
  if (wanted.length > 0) select(xs, 0, n - 1, wanted, 0, wanted.length - 1);
  return ranks.map((r) => (Number.isInteger(r) && r >= 0 && r < n ? xs[r] : Number.NaN));
}

/** Places the right values at ranks wanted[a..b] (ascending), all inside xs[lo..hi]. */
function select(xs: Float64Array, lo: number, hi: number, wanted: number[], a: number, b: number): void {
  while (a <= b && lo < hi) {
    if (hi - lo < 16) { insertionSort(xs, lo, hi); return; }
    // median of three as the pivot, then a three-way partition: < pivot | = pivot | > pivot
    const mid = (lo + hi) >>> 1;
    const pivot = median3(xs[lo], xs[mid], xs[hi]);
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = xs[i];
      if (v < pivot) { xs[i] = xs[lt]; xs[lt] = v; lt++; i++; }
      else if (v > pivot) { xs[i] = xs[gt]; xs[gt] = v; gt--; }
      else i++;
    }
    // ranks in [lt, gt] hold the pivot already; recurse into the left part, loop on the right one
    let left = a;
    while (left <= b && wanted[left] < lt) left++;
    let right = left;
    while (right <= b && wanted[right] <= gt) right++;
    if (left > a) select(xs, lo, lt - 1, wanted, a, left - 1);
    a = right;
    lo = gt + 1;
  }
}

function median3(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}

function insertionSort(xs: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const v = xs[i];
    let j = i - 1;
    while (j >= lo && xs[j] > v) { xs[j + 1] = xs[j]; j--; }
    xs[j + 1] = v;
  }
}
