// The probe that runs in the page: trusted keydown → the chart's first change → the frame that painted it.

/** One move as the page saw it (performance.now() time base). */
export interface MoveRecord {
  key: number; input: number; change: number; paint: number; mutations: number; changed: boolean; to: string;
  /** times of the chart's mutation batches while armed; stray: batches seen while not armed (before this move) */
  batches: number[]; stray: number;
}
export interface EventEntry { name: string; start: number; duration: number; interactionId: number }
export interface Probe {
  arm(): void; done: Promise<void>; settle(quietMs: number, minMs: number, capMs: number): Promise<MoveRecord>; events: EventEntry[];
}
export type ProbeWindow = Window & { __bench?: Probe };

/** Installs window.__bench on the figure `control` belongs to. Self-contained: it runs in the page. */
export function installProbe(control: HTMLElement | SVGElement, timeoutMs: number): void {
  const w = window as ProbeWindow;
  const el = control as HTMLInputElement | HTMLSelectElement;
  const fig = el.closest('figure')!;
  const live = fig.querySelector('.kit-chart .live')!;
  let armed = false;
  let resolve = () => {};
  let before = '';
  let lastMutation = 0;
  let stray = 0;
  const fresh = (): MoveRecord => ({ key: NaN, input: NaN, change: NaN, paint: NaN, mutations: 0, changed: false, to: '', batches: [], stray });
  let rec = fresh();
  const events: EventEntry[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      events.push({ name: e.name, start: e.startTime, duration: e.duration, interactionId: e.interactionId ?? 0 });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  fig.addEventListener('keydown', (e) => { if (armed && e.isTrusted && Number.isNaN(rec.key)) rec.key = e.timeStamp; }, true);
  fig.addEventListener('input', (e) => {
    if (armed && e.isTrusted && e.target === el && Number.isNaN(rec.input)) rec.input = e.timeStamp;
  }, true);
  new MutationObserver((records) => {
    lastMutation = performance.now();
    if (!armed) { stray++; return; }
    if (Number.isNaN(rec.input)) { rec.stray++; return; }
    rec.mutations += records.length;
    rec.batches.push(lastMutation);
    if (!Number.isNaN(rec.change)) return;
    rec.change = performance.now();
    const r = rec;
    // The change is in the DOM; the next animation frame renders it; a task queued from that frame's rAF
    // callback runs after the frame was painted. It is queued at the highest priority (scheduler.postTask
    // 'user-blocking'), so work the page itself queued from the same frame (an island's text that follows its
    // chart a frame late, kit/AfterPaint) does not run first and count as paint time; where postTask is
    // missing, a MessageChannel task.
    requestAnimationFrame(() => {
      const done = () => { r.paint = performance.now(); resolve(); };
      const sched = (globalThis as { scheduler?: { postTask?: (cb: () => void, o: { priority: string }) => Promise<void> } }).scheduler;
      if (sched?.postTask) { void sched.postTask(done, { priority: 'user-blocking' }); return; }
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { done(); ch.port1.close(); };
      ch.port2.postMessage(0);
    });
  }).observe(live, { childList: true, subtree: true, attributes: true, characterData: true });
  const probe: Probe = {
    events,
    done: Promise.resolve(),
    arm() {
      before = live.innerHTML;
      rec = fresh();
      stray = 0;
      probe.done = new Promise<void>((res) => { resolve = res; setTimeout(res, timeoutMs); });
      armed = true;
    },
    settle(quietMs, minMs, capMs) {
      const t0 = performance.now();
      const since = Number.isNaN(rec.key) ? t0 : rec.key;
      return new Promise<MoveRecord>((res) => {
        const tick = () => {
          const now = performance.now();
          // busy: remedies sets aria-busy; product's status line reads "computing the band…" while its worker runs
          const busy = fig.querySelector('[aria-busy="true"]') !== null
            || [...fig.querySelectorAll('[role=status]')].some((s) => s.textContent?.trim().endsWith('…'));
          if ((now - lastMutation >= quietMs && now - since >= minMs && !busy) || now - t0 > capMs) {
            armed = false;
            rec.changed = live.innerHTML !== before;
            rec.to = el.value;
            res(rec);
          } else setTimeout(tick, 50);
        };
        setTimeout(tick, quietMs);
      });
    },
  };
  w.__bench = probe;
}
