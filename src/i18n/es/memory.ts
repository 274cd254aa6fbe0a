// memory: the Spanish words of its first paint (src/i18n/memory.ts has both languages and the type; an island bundles one).

export const strings = {
  seqLen: 'Longitud de la secuencia T',
  seed: 'Semilla',
  play: 'Entrenar',
  pause: 'Pausa',
  step: '10 pasos',
  restart: 'Reiniciar',
  restartHint: 'Vuelve a los pesos iniciales (misma semilla) y al paso 0',
  figureTitle: 'Entrénalas: recordar el primer símbolo durante T pasos.',
  lossTitle: 'Costo durante el entrenamiento',
  heatTitle: 'El error a través del tiempo durante el entrenamiento',
};
