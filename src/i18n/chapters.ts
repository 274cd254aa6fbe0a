// Words of the chapters' prose components (exercises, citations, references, chapter end), in both languages.

const es = {
  figure: 'Figura',
  exercise: 'Ejercicio',
  tryIt: 'Pruébalo',
  openIsland: 'Abrir la figura en este estado',
  answer: 'Respuesta',
  and: 'y',
  references: 'Referencias',
  referencesIntro: 'Obras citadas en este capítulo.',
  citedAs: 'Referencia',
  readOnline: 'enlace',
  note: 'Nota',
  notes: 'Notas',
  backToText: 'Volver al texto',
  citeThisPage: 'Cita esta página',
  citeThisPageIntro: 'Si usas este capítulo en un trabajo o en una clase, puedes citarlo así (BibTeX):',
  reportError: 'Reportar un error',
  reportErrorIntro: '¿Encontraste un error o algo confuso?',
  reportErrorTitle: 'Error en',
  beyondLecture: 'Más allá de la clase',
  beyondLectureText:
    'Esta parte no está en la clase original; la añadimos para quien quiera profundizar. Las afirmaciones vienen de las obras citadas.',
  bibAuthor: 'Colaboradores de «Desvanecimiento del gradiente»',
  bibNote: 'Basado en la clase «Desvanecimiento del gradiente» de Verónica E. Arriola-Rios, Facultad de Ciencias, UNAM, 2023',
};

/** Labels of the chapters' components; `en` has the same keys as `es`. */
export const CHAPTERS: { es: typeof es; en: typeof es } = {
  es,
  en: {
    figure: 'Figure',
    exercise: 'Exercise',
    tryIt: 'Try it',
    openIsland: 'Open the figure in this state',
    answer: 'Answer',
    and: 'and',
    references: 'References',
    referencesIntro: 'Works cited in this chapter.',
    citedAs: 'Reference',
    readOnline: 'link',
    note: 'Note',
    notes: 'Notes',
    backToText: 'Back to the text',
    citeThisPage: 'Cite this page',
    citeThisPageIntro: 'If you use this chapter in a paper or a class, you can cite it like this (BibTeX):',
    reportError: 'Report an error',
    reportErrorIntro: 'Found a mistake or something confusing?',
    reportErrorTitle: 'Error in',
    beyondLecture: 'Beyond the lecture',
    beyondLectureText:
      'This part is not in the original lecture; we added it for readers who want to go deeper. Its claims come from the works cited.',
    bibAuthor: 'Contributors to “The vanishing gradient”',
    bibNote: 'Based on the lecture “Desvanecimiento del gradiente” by Verónica E. Arriola-Rios, Facultad de Ciencias, UNAM, 2023',
  },
};
