// How a "try it" exercise names the state it opens (the chip beside its link), in the reader's language:
// "profundidad = 50, activación = sigmoide", not the URL's keys. Keys and values are those of the island codecs
// (src/sims/*/state.ts); a unit test checks that every exercise in content/ finds its words here.
import type { Lang } from './paths';

interface TryItWords {
  /** state key → its name */
  keys: Record<string, string>;
  /** `key=value` or plain value → its name (values without an entry are shown as they are: numbers, 'tanh') */
  values: Record<string, string>;
}

export const TRY_IT_WORDS: Record<Lang, TryItWords> = {
  es: {
    keys: {
      depth: 'profundidad', activation: 'activación', fn: 'función', init: 'inicialización', sigmaW: 'σ_w',
      sigmaB: 'σ_b', clip: 'recorte', goal: 'reto', relu: 'ReLU', batchNorm: 'normalización por lotes',
      residual: 'saltos', skipInit: 'salto inicial', dataset: 'datos', seed: 'semilla',
      format: 'formato', scale: 'k (S = 2^k)',
      view: 'vista',
      seqLen: 'T', cell: 'celda', forgetBias: 'b_f',
    },
    values: {
      sigmoid: 'sigmoide', tanh: 'tanh', 'xavier-normal': 'Xavier normal', standard: 'estándar', normal: 'normal',
      'he-normal': 'He normal', 'float32-zero': 'hallar el 0 de float32', none: 'ninguno', identity: 'identidad',
      trainable: 'entrenables', spirals: 'espirales', 'relu=1': 'sí', 'relu=0': 'no', 'batchNorm=1': 'sí',
      'batchNorm=0': 'no', 'clip=1': '1 (norma global)',
      float64: 'float64', float32: 'float32', float16: 'float16', bfloat16: 'bfloat16',
      relu: 'ReLU', 'view=theory': 'teoría', 'view=measured': 'medido', 'view=residual': 'medido − teoría',
      'cell=rnn': 'RNN', 'cell=lstm': 'LSTM', 'cell=gru': 'GRU',
    },
  },
  en: {
    keys: {
      depth: 'depth', activation: 'activation', fn: 'function', init: 'initialisation', sigmaW: 'σ_w',
      sigmaB: 'σ_b', clip: 'clipping', goal: 'challenge', relu: 'ReLU', batchNorm: 'batch norm',
      residual: 'skips', skipInit: 'skip start', dataset: 'data', seed: 'seed',
      format: 'format', scale: 'k (S = 2^k)',
      view: 'view',
      seqLen: 'T', cell: 'cell', forgetBias: 'b_f',
    },
    values: {
      sigmoid: 'sigmoid', tanh: 'tanh', 'xavier-normal': 'Xavier normal', standard: 'standard', normal: 'normal',
      'he-normal': 'He normal', 'float32-zero': 'find float32’s 0', none: 'none', identity: 'identity',
      trainable: 'trainable', spirals: 'spirals', 'relu=1': 'on', 'relu=0': 'off', 'batchNorm=1': 'on',
      'batchNorm=0': 'off', 'clip=1': '1 (global norm)',
      float64: 'float64', float32: 'float32', float16: 'float16', bfloat16: 'bfloat16',
      relu: 'ReLU', 'view=theory': 'theory', 'view=measured': 'measured', 'view=residual': 'measured − theory',
      'cell=rnn': 'RNN', 'cell=lstm': 'LSTM', 'cell=gru': 'GRU',
    },
  },
};

/** The words of one state entry, or null for a key or value the dictionary lacks. */
export function tryItEntry(lang: Lang, key: string, value: string | number | boolean): { key: string; value: string } | null {
  const w = TRY_IT_WORDS[lang];
  const raw = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  const name = w.keys[key];
  const shown = w.values[`${key}=${raw}`] ?? w.values[raw] ?? (/^-?\d+(\.\d+)?$/.test(raw) ? raw : undefined);
  return name && shown !== undefined ? { key: name, value: shown } : null;
}

/** The chip text: "profundidad = 50, activación = sigmoide" (entries the dictionary lacks fall back to key = value). */
export function tryItLabel(lang: Lang, state: Record<string, string | number | boolean>): string {
  return Object.entries(state).map(([k, v]) => {
    const e = tryItEntry(lang, k, v);
    return e ? `${e.key} = ${e.value}` : `${k} = ${String(v)}`;
  }).join(', ');
}
