// npm run simulate -- [flags]: per-layer gradient diagnostics of a seeded network, as a table, JSON or an
// export file. Parsing is in cli/args.ts, computing in cli/run.ts, printing in cli/format.ts.
// With --model rnn|lstm|gru: a recurrent network's error through time (cli/recurrent-*.ts).

import { writeFileSync } from 'node:fs';
import { kernelInfo, meanField, setKernels } from '../src/engine/index.ts';
import type { CliConfig } from './cli/args.ts';
import { parseAnyArgs } from './cli/recurrent-args.ts';
import { recurrentMain } from './cli/recurrent-main.ts';
import { helpText } from './cli/help.ts';
import { runSeedsSummary, runSingle } from './cli/run.ts';
import {
  diagnosticsTable, formatNumber, formatSummary, formatTable, jsonReplacer, scaleLabel, summaryTable, trainingTable,
} from './cli/format.ts';
import { exportNetwork } from './cli/export.ts';

const EXIT_BAD_FLAGS = 2;
const EXIT_ERROR = 1;

/** The number format of the run, as the header line names it. */
function dtypeLabel(c: CliConfig): string {
  if (c.dtype === 'float32') return `float32 (${kernelInfo().active === 'wasm' ? 'WebAssembly SIMD' : 'JS'} kernels)`;
  if (c.dtype === 'float64') return 'float64';
  return `${c.dtype} backward (float64 forward)${c.lossScale !== 1 ? `, loss scale ${scaleLabel(c.lossScale)}` : ''}`;
}

/** One line describing the run. */
function describe(c: CliConfig): string {
  const parts = [
    `depth ${c.depth}`, `width ${c.width}`, c.activation, `init ${c.init}`,
    ...(c.init === 'normal' || c.init === 'uniform' || c.init === 'orthogonal' ? [`σ_w ${c.sigmaW}`] : []),
    `σ_b ${c.sigmaB}`, ...(c.batchNorm ? ['batch norm'] : []),
    ...(c.residual !== 'none' ? [`residual ${c.residual}${c.residual === 'trainable' ? ` (${c.skipInit})` : ''}`] : []),
    `${c.dataset} × ${c.batch}`, c.loss, dtypeLabel(c), c.seeds > 1 ? `seeds ${c.seed}…${c.seed + c.seeds - 1}` : `seed ${c.seed}`,
  ];
  return parts.join(', ');
}

/** The mean-field line, when the init is the one the theory describes (N(0, σ_w²/n), no batch norm or skips). */
function theoryLine(c: CliConfig): string | null {
  if (c.init !== 'normal' || c.batchNorm || c.residual !== 'none') return null;
  const { qStar, chi1 } = meanField(c.activation, c.sigmaW, c.sigmaB);
  return `mean field (width → ∞): q* = ${formatNumber(qStar)}, χ₁ = ${formatNumber(chi1)}: ‖Δ‖² is multiplied ` +
    `by about χ₁ per layer toward the input (log10 χ₁ = ${formatNumber(Math.log10(chi1))})`;
}

function main(argv: string[]): number {
  const parsed = parseAnyArgs(argv);
  if (!parsed.result.ok) {
    process.stderr.write(`simulate: ${parsed.result.error}\n`);
    return EXIT_BAD_FLAGS;
  }
  if (parsed.recurrent) return recurrentMain(parsed.result.config);
  const c = parsed.result.config;
  if (c.help) {
    process.stdout.write(`${helpText()}\n`);
    return 0;
  }
  const { help: _h, json: _j, export: _e, ...flags } = c;
  try {
    setKernels(c.kernels);
  } catch (err) {
    process.stderr.write(`simulate: --kernels ${c.kernels}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_ERROR;
  }

  if (c.seeds > 1) {
    const s = runSeedsSummary(c);
    if (c.json) {
      const layers = s.layers.map((l) => ({
        layer: l.layer,
        ...Object.fromEntries(Object.entries(l.bands).map(([k, b]) => [k, b.median])),
        bands: l.bands,
      }));
      process.stdout.write(`${JSON.stringify({ config: flags, loss: c.loss, lossValue: s.lossValue, layers }, jsonReplacer, 2)}\n`);
    } else {
      const out = [describe(c), `loss ${formatNumber(s.lossValue.median)} [${formatNumber(s.lossValue.min)}, ${formatNumber(s.lossValue.max)}]`];
      const theory = theoryLine(c);
      if (theory) out.push(theory);
      out.push('', `median [min, max] over ${c.seeds} seeds`, summaryTable(s.layers));
      process.stdout.write(`${out.join('\n')}\n`);
    }
    return 0;
  }

  const run = runSingle(c);
  if (c.export !== null) {
    const doc = exportNetwork(c, run.net, run.data.input, run.data.target, run.lossValue);
    writeFileSync(c.export, `${JSON.stringify(doc, jsonReplacer)}\n`);
  }
  if (c.json) {
    const doc = {
      config: flags, loss: c.loss, lossValue: run.lossValue,
      ...(run.training.length > 0 ? { training: run.training } : {}),
      layers: run.layers,
      ...(run.format ? { format: run.format } : {}),
    };
    process.stdout.write(`${JSON.stringify(doc, jsonReplacer, 2)}\n`);
    return 0;
  }
  const out = [describe(c)];
  if (run.training.length > 0) {
    out.push('', `training: ${c.train} full-batch steps of ${c.optimizer}, lr ${c.lr}${c.clip > 0 ? `, clip ${c.clip}` : ''}`);
    out.push(trainingTable(run.training), '');
  }
  out.push(`loss ${formatNumber(run.lossValue)}`);
  const theory = theoryLine(c);
  if (theory) out.push(theory);
  if (run.format) {
    const scaling = c.lossScale === 1 ? 'no loss scaling' : `loss × S, gradients ÷ S after rounding, S = ${scaleLabel(c.lossScale)}`;
    out.push('', `backward pass in ${c.dtype} beside float64 (every stored value rounded to ${c.dtype}; ${scaling})`);
    out.push(formatTable(run.format), '', ...formatSummary(run.format));
  } else {
    out.push('', diagnosticsTable(run.layers));
  }
  if (c.export !== null) out.push('', `exported to ${c.export}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A runtime failure (e.g. an unwritable --export path): one line, no stack trace.
  process.stderr.write(`simulate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = EXIT_ERROR;
}
