// A value that follows another one a frame late: the text around a chart (readouts, caption, data table,
// toolbar metadata) takes a new value in the task after the frame that painted the chart's change. A slider's
// step then paints the chart first, with nothing outside the chart's contained box to restyle or lay out in
// that frame; the text follows one frame later (issue 11). While a slider moves faster than frames come, each
// new value replaces the one still waiting, so the text settles once, on the last.
//   const later = new AfterPaint(() => ({ data, facts }));    // during component init
//   later.value.facts                                          // reactive, a frame behind
// On the server and in the first render the value is the source's own (hydration matches the static markup).
import { untrack } from 'svelte';

export class AfterPaint<T> {
  value: T = $state.raw() as T;

  constructor(source: () => T) {
    this.value = untrack(source);
    $effect(() => {
      const next = source();
      let timer: ReturnType<typeof setTimeout> | undefined;
      // rAF runs before the frame's paint; a task queued from it runs after that paint
      const frame = requestAnimationFrame(() => { timer = setTimeout(() => { this.value = next; }, 0); });
      return () => { cancelAnimationFrame(frame); clearTimeout(timer); };
    });
  }
}
