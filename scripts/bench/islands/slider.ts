// One island's slider moved MOVES times by trusted key presses: latency to the paint, per move.
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { DEPTH, IDLE_MS, MIN_MOVE_MS, MOVES, QUIET_MS, type Island } from './config';
import { openIsland, quantile, sleep } from './page';
import { installProbe, type MoveRecord, type ProbeWindow } from './probe';

/** The CPU an island ran on: the throttle rate and the BenchmarkIndex of a blank page at it (cpu-index.ts). */
export interface Cpu { rate: number; index: number }

export interface Row {
  id: string; moves: number; median: number; p90: number; max: number; et90: number | null;
  budget: number | null; note: string; cpu: Cpu;
}

/** Which of an island's budgets applies: full speed, the phone (4×, or a calibrated index), or none. */
export type Tier = 'full' | 'phone' | null;

export async function measureSlider(browser: Browser, ctx: BrowserContextOptions, base: string, island: Island, cpu: Cpu, tier: Tier, verbose: boolean): Promise<Row> {
  const throttle = cpu.rate;
  const budget = island.budget && tier ? island.budget[tier === 'full' ? 0 : 1] : null;
  const row: Row = { id: island.id, moves: 0, median: NaN, p90: NaN, max: NaN, et90: null, budget, note: '', cpu };
  const page = await openIsland(browser, ctx, `${base}${island.page}${island.query ? `?${island.query}` : ''}#${island.id}`, island.id, throttle);
  try {
    const control = island.control(page.locator(`figure#${island.id}`));
    if ((await control.count()) !== 1) return { ...row, note: `found ${await control.count()} ${island.what} controls, want 1` };
    for (let i = 0; !(await control.isEnabled()); i++) {
      if (i > 100) return { ...row, note: `${island.what} control stays disabled` };
      await sleep(100);
    }
    const start = await control.evaluate((el: HTMLInputElement | HTMLSelectElement) => el instanceof HTMLSelectElement
      ? { value: el.value, up: el.selectedIndex < el.options.length - 1, min: '', max: '' }
      : { value: el.value, up: Number(el.value) + Number(el.step || 1) <= Number(el.max), min: el.min, max: el.max });
    const timeoutMs = 10_000 * throttle;
    await control.evaluate(installProbe, timeoutMs);
    // Focus without scrolling, then put the chart in the middle of the viewport: the reader watches the chart.
    await control.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    await page.locator(`figure#${island.id} .kit-chart`).first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await sleep(1000);
    const [fwd, back] = start.up ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
    const keys = island.what === 'function menu' ? (start.up ? ['ArrowDown', 'ArrowUp'] : ['ArrowUp', 'ArrowDown']) : [fwd, back];
    const moves: MoveRecord[] = [];
    for (let k = 0; k < MOVES; k++) {
      await page.evaluate(() => (window as ProbeWindow).__bench!.arm());
      await page.keyboard.press(keys[k % 2]);
      await page.evaluate(() => (window as ProbeWindow).__bench!.done);
      moves.push(await page.evaluate(([q, min, cap]) => (window as ProbeWindow).__bench!.settle(q, min, cap), [QUIET_MS, MIN_MOVE_MS, timeoutMs]));
      await sleep(IDLE_MS);
    }
    const events = await page.evaluate(() => (window as ProbeWindow).__bench!.events);
    const lat: number[] = [];
    const et: number[] = [];
    let lost = 0;
    for (let k = 0; k < moves.length; k++) {
      const m = moves[k];
      const t0 = Number.isNaN(m.key) ? m.input : m.key;
      if (Number.isNaN(t0) || Number.isNaN(m.paint)) { lost++; continue; }
      lat.push(m.paint - t0);
      if (verbose) {
        const d = (a: number, b: number) => (b - a).toFixed(1);
        console.error(`${island.id} #${k + 1}: key→input ${d(m.key, m.input)}, input→change ${d(m.input, m.change)}, `
          + `change→paint ${d(m.change, m.paint)}, total ${d(t0, m.paint)} ms; redraws at +[${m.batches.map((b) => Math.round(b - t0)).join(', ')}] ms; stray before: ${m.stray}`);
      }
      const until = k + 1 < moves.length ? (Number.isNaN(moves[k + 1].key) ? moves[k + 1].input : moves[k + 1].key) : Infinity;
      const mine = events.filter((e) => e.start >= t0 - 1 && e.start < (Number.isNaN(until) ? Infinity : until)
        && (e.interactionId > 0 || e.name === 'input'));
      et.push(Math.max(0, ...mine.map((e) => e.duration)));   // 0: every entry under the 16 ms threshold
    }
    const changed = moves.filter((m) => m.changed).length;
    const muts = quantile(moves.map((m) => m.mutations), 0.5);
    const span = island.what === 'function menu' ? `${start.value} ↔ ${moves[0]?.to}` : `${island.what} ${start.value} ↔ ${moves[0]?.to}`;
    const notes = [`${span}`, `chart changed ${changed}/${moves.length}, ${muts} mutation records/move`];
    if (island.id === 'components' && start.max && Number(start.max) < DEPTH) notes.push(`the depth slider caps at ${start.max}: measured there, not at ${DEPTH}`);
    if (island.id === 'remedies') notes.push('to its first preview');
    const late = moves.slice(1).filter((m) => m.stray > 0).length;
    if (late > 0) notes.push(`${late} moves began after a late redraw of the previous one`);
    if (lost > 0) notes.push(`${lost} moves without a paint in ${timeoutMs} ms`);
    const et90 = quantile(et, 0.9);
    return {
      ...row, moves: lat.length, median: quantile(lat, 0.5), p90: quantile(lat, 0.9), max: Math.max(...lat),
      et90: Number.isNaN(et90) ? null : et90, note: notes.join('; '),
    };
  } finally {
    await page.close();
  }
}
