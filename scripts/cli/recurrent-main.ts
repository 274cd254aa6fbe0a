// The recurrent mode of `npm run simulate` (--model rnn|lstm|gru): run, then print a table, JSON or an export file.
import { writeFileSync } from 'node:fs';
import { formatNumber, jsonReplacer, trainingTable } from './format.ts';
import { helpText } from './help.ts';
import type { RecurrentCliConfig } from './recurrent-args.ts';
import { exportRecurrent } from './recurrent-export.ts';
import { describeRecurrent, recurrentNotes, recurrentTable } from './recurrent-format.ts';
import { runRecurrent } from './recurrent-run.ts';

/** Runs a parsed recurrent config and writes its output; returns the exit code. */
export function recurrentMain(c: RecurrentCliConfig): number {
  if (c.help) {
    process.stdout.write(`${helpText()}\n`);
    return 0;
  }
  const { help: _h, json: _j, export: _e, ...flags } = c;
  const run = runRecurrent(c);
  if (c.export !== null) {
    writeFileSync(c.export, `${JSON.stringify(exportRecurrent(c, run.model, run.data, run.lossValue), jsonReplacer)}\n`);
  }
  if (c.json) {
    const doc = {
      config: flags, cell: c.model, loss: c.loss, lossValue: run.lossValue,
      ...(run.training.length > 0 ? { training: run.training } : {}),
      spectralRadius: run.diagnostics.spectralRadius,
      steps: run.diagnostics.steps,
    };
    process.stdout.write(`${JSON.stringify(doc, jsonReplacer, 2)}\n`);
    return 0;
  }
  const out = [describeRecurrent(c)];
  if (run.training.length > 0) {
    out.push('', `training: ${c.train} steps of ${c.optimizer}, lr ${c.lr}${c.clip > 0 ? `, clip ${c.clip}` : ''}, ` +
      `a fresh batch of ${c.batch} each step; loss on the evaluation batch`);
    out.push(trainingTable(run.training), '');
  }
  out.push(`loss ${formatNumber(run.lossValue)}`, ...recurrentNotes(run.diagnostics, c.model), '', recurrentTable(run.diagnostics, c.model));
  if (c.export !== null) out.push('', `exported to ${c.export}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
