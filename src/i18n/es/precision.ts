// precision: the Spanish words (src/i18n/precision.ts has both languages and the type; an island bundles one).
// Chart labels use the markup of src/charts/math-label.ts (Δ^{(l)} is drawn with a real superscript).
import type { PrecisionFacts, WalkFacts } from '../../sims/precision/caption';
import { WALK_GROWTH_INTERVAL as N } from '../../sims/precision/defaults';

export const strings = {
  title: 'Precisión numérica',
  depth: 'Profundidad L (capas ocultas)',
  activation: 'Activación',
  sigmaW: 'σ_w (escala de los pesos)',
  sigmaWIgnored: 'la inicialización elegida fija su propia escala',
  init: 'Inicialización',
  initNames: { normal: 'normal N(0, σ_w²/n)', 'xavier-normal': 'Xavier (Glorot)', 'he-normal': 'He (Kaiming)' } as Record<string, string>,
  format: 'Formato numérico',
  formatNames: { float64: 'float64 (53 bits)', float32: 'float32 (24 bits)', bfloat16: 'bfloat16 (8 bits, rango de float32)', float16: 'float16 (11 bits)' } as Record<string, string>,
  scale: 'Escala de la pérdida',
  seed: 'Semilla',
  walk: 'Escalado dinámico de la pérdida',
  walkIntro: `Empieza en el S elegido; cada paso es una pasada hacia atrás: si desborda, se omite la actualización y S baja a la mitad; tras ${N} pasos limpios seguidos, S se duplica (PyTorch espera 2000).`,
  play: 'Reproducir',
  pause: 'Pausa',
  step: 'Un paso',
  restart: 'Reiniciar',
  walkSteps: 'S en cada paso',
  figureTitle: 'Precisión numérica: ‖Δ⁽ˡ⁾‖ por capa en el formato elegido, junto al valor exacto en float64.',
  xLabel: 'capa l',
  yLabel: '‖Δ^{(l)}‖, escala log',
  exact: '‖Δ^{(l)}‖ exacto (float64)',
  formatLine: '‖Δ^{(l)}‖ en {format}',
  zeroBand: 'un valor en {format}: 0',
  subnormalBand: 'subnormal',
  overflowBand: 'un valor en {format}: ∞',
  firstZeroRule: 'todo ceros en l ≤ {l}',
  limitsTitle: 'Límites del formato',
  maxFinite: 'mayor valor finito',
  minNormal: 'menor normal',
  minSubnormal: 'menor subnormal',
  bits: 'bits significativos',
  resultTitle: 'Resultado',
  firstZero: 'todo ceros desde la capa',
  overflow: 'desborde (∞ o NaN)',
  none: 'ninguna',
  yes: 'sí',
  no: 'no',
  colLayer: 'capa l',
  colExact: '‖Δ‖ float64',
  colValue: '‖Δ‖ en el formato',
  colLost: 'entradas perdidas (0)',
  colSubnormal: 'entradas subnormales',
  colNonFinite: 'entradas ∞ o NaN',
  chartLabel: (f: PrecisionFacts) => `‖Δ‖ por capa de 1 a ${f.depth + 1} en ${f.format} y en float64, escala logarítmica; las franjas son los valores que ${f.format} guarda como 0, subnormales o ∞, divididos por S = ${f.S}.`,
  caption: (f: PrecisionFacts): string => {
    const who = f.init === 'normal' ? `σ_w = ${f.sigmaW}` : f.init;
    const p = [`${f.activation}, ${who}, profundidad ${f.depth}, en ${f.format}${f.k !== 0 ? ` con la pérdida multiplicada por S = ${f.S}` : ''}.`];
    if (f.decades > 0) p.push(`En float64, ‖Δ‖ baja ${f.decades} órdenes de magnitud de la salida (${f.exactTop}) a la capa 1 (${f.exactFirst}).`);
    else if (f.decades < 0) p.push(`En float64, ‖Δ‖ sube ${-f.decades} órdenes de magnitud de la salida (${f.exactTop}) a la capa 1 (${f.exactFirst}).`);
    else p.push(`En float64, ‖Δ‖ se queda cerca de ${f.exactTop} en todas las capas.`);
    p.push(`${f.format} llega hasta ${f.maxFinite}, sus normales empiezan en ${f.minNormal} y su menor subnormal es ${f.minSubnormal}, con ${f.significandBits} bits significativos.`);
    if (f.overflow) p.push(`Con S = ${f.S} el gradiente desborda: ${f.overflowLayers === 1 ? `la capa ${f.overflowFrom} tiene ∞ o NaN` : `${f.overflowLayers} capas tienen ∞ o NaN, desde la capa ${f.overflowFrom}`}. Un escalador dinámico omitiría este paso y bajaría S a la mitad.`);
    if (f.firstZero !== null) {
      p.push(`De la capa ${f.firstZero} hacia la entrada, Δ es todo ceros exactos: esas capas no reciben gradiente.`);
      if (f.k !== 0 && f.firstZeroUnscaled !== f.firstZero) p.push(f.firstZeroUnscaled === null ? 'Sin escala ninguna capa quedaba en cero.' : `Sin escala, los ceros empezaban en la capa ${f.firstZeroUnscaled}.`);
    } else if (!f.overflow) {
      p.push(`Ninguna capa queda en cero${f.partlyLost > 0 ? `, aunque en ${f.partlyLost} capas algunas entradas sí se pierden` : ''}.`);
      if (f.k !== 0 && f.firstZeroUnscaled !== null) p.push(`Sin escala, de la capa ${f.firstZeroUnscaled} hacia la entrada todo era cero: S las rescata.`);
    }
    p.push(`Como referencia, 0.25ᴸ, el producto de las derivadas de la sigmoide en su mejor caso, da 0 en ${f.format} desde L = ${f.quarterZero}.`);
    return p.join(' ');
  },
  walkLine: (w: WalkFacts): string => {
    const head = `Paso ${w.step} de ${w.steps}: S = ${w.S}`;
    if (w.event === 'skip') return `${head} desborda; se omite la actualización y S baja a ${w.next}.`;
    if (w.event === 'grow') return `${head} sin desborde, ${N} pasos limpios seguidos: S sube a ${w.next}.`;
    return `${head} sin desborde (${w.clean} de ${N} pasos limpios seguidos)${w.firstZero !== null ? `; todo ceros desde la capa ${w.firstZero}` : ''}.`;
  },
};
