// Labels of the shared island kit (toolbar, lesson-link builder, data table, notices), in both languages.
import type { Notice } from '../sims/url-state';

const es = {
  toolbar: 'Herramientas de la figura',
  copyLink: 'Copiar enlace',
  copied: 'Enlace copiado',
  copyFailed: 'No se pudo copiar; selecciona el enlace y cópialo',
  reset: 'Restablecer',
  resetHint: 'Vuelve al estado inicial con la misma semilla',
  newSeed: 'Nueva semilla',
  newSeedHint: 'Sortea pesos nuevos',
  download: 'Descargar',
  downloadSvg: 'Figura SVG',
  downloadPng: 'Figura PNG',
  downloadCsv: 'Datos CSV',
  downloadJson: 'Datos JSON',
  lessonLink: 'Enlace para clase',
  lessonIntro: 'Elige qué controles verá tu grupo: fijos (visibles pero bloqueados) u ocultos.',
  lessonFree: 'libre',
  lessonLock: 'fijo',
  lessonHide: 'oculto',
  lessonHideAnswers: 'Ocultar las respuestas de los ejercicios de esta página',
  lessonUrl: 'Enlace de la clase',
  lessonCopy: 'Copiar enlace de clase',
  lockedNote: 'Este control está fijado por el enlace de la clase.',
  showData: 'Mostrar los datos',
  computing: 'calculando…',
  noticeTitle: 'El enlace tenía valores no válidos; se usan los más cercanos:',
  dismiss: 'Cerrar aviso',
  reasons: {
    'not-a-number': '«{raw}» no es un número para {key}; se usa {used}',
    'out-of-range': '{key}={raw} está fuera del intervalo; se usa {used}',
    rounded: '{key}={raw} se redondea a {used}',
    'unknown-value': '«{raw}» no es una opción de {key}; se usa {used}',
    'not-a-bool': '«{raw}» no es sí/no para {key}; se usa {used}',
    'unknown-key': 'se ignora la clave desconocida {key}',
    'unknown-name': 'se ignora «{raw}» en {key}: no es un control de esta figura',
    'newer-version': 'el enlace es de una versión más nueva ({raw}); se lee como versión {used}',
    empty: '{key} está vacío; se usa {used}',
    'repeated-key': '{key} aparece más de una vez; se usa el último valor, {used}',
  } as Record<Notice['reason'], string>,
};

/** Kit labels; `en` has the same shape as `es`. */
export const KIT: { es: typeof es; en: typeof es } = {
  es,
  en: {
    toolbar: 'Figure tools',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'Could not copy; select the link and copy it',
    reset: 'Reset',
    resetHint: 'Back to the initial state with the same seed',
    newSeed: 'New seed',
    newSeedHint: 'Draw new weights',
    download: 'Download',
    downloadSvg: 'Figure SVG',
    downloadPng: 'Figure PNG',
    downloadCsv: 'Data CSV',
    downloadJson: 'Data JSON',
    lessonLink: 'Lesson link',
    lessonIntro: 'Choose which controls your class sees: locked (visible but fixed) or hidden.',
    lessonFree: 'free',
    lessonLock: 'locked',
    lessonHide: 'hidden',
    lessonHideAnswers: 'Hide the answers of the exercises on this page',
    lessonUrl: 'Lesson link',
    lessonCopy: 'Copy lesson link',
    lockedNote: 'This control is fixed by the lesson link.',
    showData: 'Show the data',
    computing: 'computing…',
    noticeTitle: 'The link had invalid values; the nearest valid ones are used:',
    dismiss: 'Dismiss notice',
    reasons: {
      'not-a-number': '“{raw}” is not a number for {key}; using {used}',
      'out-of-range': '{key}={raw} is out of range; using {used}',
      rounded: '{key}={raw} is rounded to {used}',
      'unknown-value': '“{raw}” is not an option of {key}; using {used}',
      'not-a-bool': '“{raw}” is not yes/no for {key}; using {used}',
      'unknown-key': 'ignoring the unknown key {key}',
      'unknown-name': 'ignoring “{raw}” in {key}: not a control of this figure',
      'newer-version': 'the link comes from a newer version ({raw}); reading it as version {used}',
      empty: '{key} is empty; using {used}',
      'repeated-key': '{key} appears more than once; using the last value, {used}',
    },
  },
};

export type KitLabels = typeof es;

/** One notice as a sentence in the reader's language. */
export function formatNotice(n: Notice, labels: KitLabels): string {
  const raw = n.raw.length > 40 ? `${n.raw.slice(0, 40)}…` : n.raw;
  return labels.reasons[n.reason]
    .replace('{key}', n.key).replace('{raw}', raw).replace('{used}', n.used);
}
