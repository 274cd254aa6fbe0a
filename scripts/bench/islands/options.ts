// bench:islands' flags: parsed strictly, a bad value is a UsageError with a clear message.
import { parseArgs } from 'node:util';
import { ALL_IDS, DEPTH, MOVES } from './config';

export const USAGE = `Usage: npm run bench:islands -- [flags]
  Slider → next paint (trusted key presses, ${MOVES} moves, p90) at depth ${DEPTH}, and long tasks while training.
  --cpu-throttle N   slow the page's main thread N× (CDP Emulation.setCPUThrottlingRate); default 1
  --cpu-index N      instead, throttle each island's page to Lighthouse's BenchmarkIndex N, calibrated before
                     each island (400: Lighthouse's 4× on a high-end desktop of index 1,600; 4× budgets apply)
  --runs K           repeat the whole set K times, print each island's middle run (by p90); default 1
  --islands a,b      only these (${ALL_IDS.join(', ')})
  --url URL          measure a server already running (default: start \`astro preview\`; env BENCH_URL too)
  --dist DIR         the folder \`astro preview\` serves; default dist (build it first, this builds nothing)
  --port P           the preview server's port; default 4420
  --mobile           360×740 viewport, deviceScaleFactor 2, touch (default 1280×900)
  --verbose          each move on stderr: keydown→input→chart change→paint, later redraws, stray redraws
  --help             this text`;

export interface Options { throttle: number; cpuIndex: number | null; runs: number; ids: string[]; url: string; dist: string; port: number; mobile: boolean; verbose: boolean }

export class UsageError extends Error {}

export function parseOptions(argv: string[]): Options | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv, strict: true, allowPositionals: false,
      options: {
        'cpu-throttle': { type: 'string' }, 'cpu-index': { type: 'string' }, runs: { type: 'string' }, islands: { type: 'string' },
        url: { type: 'string' }, dist: { type: 'string' }, port: { type: 'string' },
        mobile: { type: 'boolean' }, verbose: { type: 'boolean' }, help: { type: 'boolean' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  if (values.help) return null;
  const num = (flag: string, raw: string | undefined, fallback: number, integer: boolean, max = Infinity, min = 1): number => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      throw new UsageError(`--${flag} wants ${integer ? 'a whole number' : 'a number'} ≥ ${min}${max < Infinity ? ` and ≤ ${max}` : ''}, got "${raw}"`);
    }
    return n;
  };
  if (values['cpu-index'] !== undefined && values['cpu-throttle'] !== undefined) {
    throw new UsageError('--cpu-throttle and --cpu-index exclude each other (--cpu-index chooses the rate)');
  }
  const ids = values.islands === undefined ? ALL_IDS : values.islands.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((i) => !ALL_IDS.includes(i));
  if (unknown.length > 0 || ids.length === 0) {
    throw new UsageError(`--islands: unknown island "${unknown.join(',')}" (known: ${ALL_IDS.join(', ')})`);
  }
  const url = values.url ?? process.env.BENCH_URL ?? '';
  if (url) {
    try { new URL(url); } catch { throw new UsageError(`--url: not a URL: "${url}"`); }
    if (values.dist !== undefined) throw new UsageError('--url and --dist exclude each other (--dist is served by a preview this script starts)');
  }
  return {
    throttle: num('cpu-throttle', values['cpu-throttle'], 1, false, 20),
    cpuIndex: values['cpu-index'] === undefined ? null : num('cpu-index', values['cpu-index'], 0, true, 5000, 50),
    runs: num('runs', values.runs, 1, true),
    ids, url, dist: values.dist ?? 'dist',
    port: num('port', values.port, 4420, true, 65535),
    mobile: values.mobile ?? false,
    verbose: values.verbose ?? false,
  };
}
