// Performance marks read by scripts/bench-islands.ts (`npm run bench:islands`).
// Every island: call markInput(id) first thing in a control's input handler, and markDrawn(id) right after
// the live chart's SVG is in the DOM (the kit's Chart.svelte calls markDrawn for you). The benchmark
// measures `<id>:drawn − <id>:input`. Only the latest pair is kept, so marks never pile up.

/** Mark the moment a control changed. */
export function markInput(id: string): void {
  mark(`${id}:input`);
}

/** Mark the moment the chart for the latest input is drawn. */
export function markDrawn(id: string): void {
  mark(`${id}:drawn`);
}

function mark(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(name);
  performance.mark(name);
}
