// The Markdown table bench:islands prints, ready for the README.
import { LONG_TASK_MS, MOVES } from './config';
import type { Options } from './options';
import type { Row } from './slider';
import type { TrainRow } from './train';

export const f = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(1));

export function printTable(opts: Options, rows: Row[], trains: TrainRow[], meta: { chromium: string; load: number[]; date: string }): void {
  const vp = opts.mobile ? '360×740 @2× touch' : '1280×900';
  const cpu = opts.cpuIndex !== null ? `CPU calibrated to BenchmarkIndex ${opts.cpuIndex}` : `CPU throttle ${opts.throttle}×`;
  console.log(`\n### Slider → next paint, ${cpu} (${meta.date}, Chromium ${meta.chromium}, ${vp})\n`);
  console.log(`load average at start: ${meta.load.map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min)`);
  console.log(`command: npm run bench:islands${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`);
  if (opts.runs > 1) console.log(`each island's middle run of ${opts.runs} (by p90)`);
  console.log(`\n| island | CPU: rate, BenchmarkIndex | moves | median ms | p90 ms | max ms | Event Timing p90 | budget | within budget? | note |`);
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const et = r.et90 === null ? '—' : r.et90 === 0 ? '< 16' : String(Math.round(r.et90));
    const budget = r.budget === null ? '—' : `≤ ${r.budget}`;
    const ok = r.budget === null || Number.isNaN(r.p90) ? '—' : r.p90 <= r.budget ? 'yes' : 'no';
    console.log(`| ${r.id} | ${r.cpu.rate}×, ${Math.round(r.cpu.index)} | ${r.moves} | ${f(r.median)} | ${f(r.p90)} | ${f(r.max)} | ${et} | ${budget} | ${ok} | ${r.note} |`);
  }
  const fullSpeed = opts.throttle === 1 && opts.cpuIndex === null;
  for (const train of trains) {
    const ok = fullSpeed && !Number.isNaN(train.tasks) ? (train.tasks === 0 ? 'yes' : 'no') : '—';
    const load = train.load ? `; before that, loading its live part until drawn (${f(train.load.ms)} ms after the press): `
      + `${train.load.tasks} tasks > ${LONG_TASK_MS} ms, the longest ${f(train.load.longest)} ms, ${f(train.load.total)} ms in all` : '';
    console.log(`| ${train.island}: ${train.name} (${f(train.seconds)} s of training) | — | — | — | — | ${f(train.longest)} | — | ${fullSpeed ? `0 tasks > ${LONG_TASK_MS} ms` : 'report'} | ${ok} | `
      + `${train.tasks} main-thread tasks > ${LONG_TASK_MS} ms, the longest ${f(train.longest)} ms, ${f(train.total)} ms in all (Long Tasks API)${load}; ${train.note} |`);
  }
  console.log(`\nms from the trusted keydown to the first painted frame holding the chart's change (rAF → task); ${MOVES} moves,`
    + ` alternating, each after the previous settled. Event Timing p90: max duration of the key press's entries`
    + ` (8 ms rounding; only up to the paint after the handler, which for worker results may come before the chart changes).`
    + (opts.throttle > 1 || opts.cpuIndex !== null ? ` Throttling slows the page's main thread; Web Workers run at full speed.` : '')
    + ` BenchmarkIndex: Lighthouse's CPU index of a blank page at that rate, read before the island (a high-end desktop`
    + ` reads 1500–2000; Lighthouse's 4× makes it 375–500).`);
}
