// Words of the pages for teaching and of the 404 page: the handouts (`/{lang}/handout/{chapter}/` and its
// answers), the instructors' page, and "page not found" (written in both languages at once).

const es = {
  notFoundTitle: 'Página no encontrada',
  notFoundLead: 'No hay ninguna página en esta dirección. Quizá el enlace tenía un error de tecleo, o la página cambió de lugar.',
  notFoundChapters: 'Los capítulos, en español',
  notFoundHome: 'Ir a la página de inicio',
  notFoundTeaching: 'Para docentes',
  handout: 'Hoja de ejercicios',
  handoutAnswers: 'Respuestas',
  handoutTitle: (chapter: string) => `Hoja de ejercicios · ${chapter}`,
  handoutAnswersTitle: (chapter: string) => `Respuestas · ${chapter}`,
  handoutDescription: (chapter: string, n: number) =>
    `Los ${n} ejercicios del capítulo «${chapter}», listos para imprimir, con un código QR que abre cada figura en el estado del ejercicio.`,
  handoutAnswersDescription: (chapter: string) => `Las respuestas de los ejercicios del capítulo «${chapter}», para quien da la clase.`,
  handoutIntro: 'Escanea el código de cada ejercicio para abrir la figura en su estado, o escribe la dirección que aparece debajo. Responde en las líneas de cada ejercicio.',
  handoutAnswersIntro: 'Para quien da la clase: cada ejercicio con su respuesta, como aparecen en el capítulo.',
  handoutName: 'Nombre',
  handoutDate: 'Fecha',
  handoutSpace: 'Espacio para tu respuesta',
  handoutQrLabel: (n: string) => `Código QR del ejercicio ${n}: abre la figura en el estado del ejercicio`,
  handoutOpen: 'Abrir la figura en este estado',
  handoutChapter: 'Leer el capítulo',
  handoutToAnswers: 'Ver las respuestas (para docentes)',
  handoutToQuestions: 'Ver la hoja para estudiantes',
  handoutPrint: 'Imprime esta página o guárdala como PDF desde el menú de impresión del navegador (A4 o carta).',
  handoutLink: 'Hoja de ejercicios para imprimir',
  handoutLinkNote: (n: number) => (n === 1 ? '1 ejercicio, con código QR' : `${n} ejercicios, con códigos QR`),
  instructorsNav: 'Para docentes',
  instructorsMore: 'La página para docentes',
  homeTeaching: 'Enlaces para clase que fijan u ocultan controles, hojas de ejercicios para imprimir con códigos QR y la lista de todos los ejercicios.',
};

/** Strings of the teaching pages; `en` has the same keys as `es`. */
export const TEACHING: { es: typeof es; en: typeof es } = {
  es,
  en: {
    notFoundTitle: 'Page not found',
    notFoundLead: 'There is no page at this address. The link may have had a typo, or the page may have moved.',
    notFoundChapters: 'The chapters, in English',
    notFoundHome: 'Go to the home page',
    notFoundTeaching: 'For instructors',
    handout: 'Exercise sheet',
    handoutAnswers: 'Answers',
    handoutTitle: (chapter: string) => `Exercise sheet · ${chapter}`,
    handoutAnswersTitle: (chapter: string) => `Answers · ${chapter}`,
    handoutDescription: (chapter: string, n: number) =>
      `The ${n} exercises of the chapter “${chapter}”, ready to print, each with a QR code that opens its figure in the exercise's state.`,
    handoutAnswersDescription: (chapter: string) => `The answers to the exercises of the chapter “${chapter}”, for the instructor.`,
    handoutIntro: 'Scan each exercise\'s code to open the figure in its state, or type the address printed under it. Write your answer on the lines under each exercise.',
    handoutAnswersIntro: 'For the instructor: each exercise with its answer, as the chapter gives them.',
    handoutName: 'Name',
    handoutDate: 'Date',
    handoutSpace: 'Space for your answer',
    handoutQrLabel: (n: string) => `QR code of exercise ${n}: opens the figure in the exercise's state`,
    handoutOpen: 'Open the figure in this state',
    handoutChapter: 'Read the chapter',
    handoutToAnswers: 'See the answers (for instructors)',
    handoutToQuestions: 'See the students\' sheet',
    handoutPrint: 'Print this page, or save it as a PDF from the browser\'s print menu (A4 or Letter).',
    handoutLink: 'Printable exercise sheet',
    handoutLinkNote: (n: number) => (n === 1 ? '1 exercise, with a QR code' : `${n} exercises, with QR codes`),
    instructorsNav: 'For instructors',
    instructorsMore: 'The instructors\' page',
    homeTeaching: 'Lesson links that lock or hide controls, printable exercise sheets with QR codes, and the list of every exercise.',
  },
};

const instructorsEs = {
  title: 'Para docentes',
  description: 'Cómo usar este libro en un curso: enlaces a un estado de una figura, enlaces para clase, figuras para diapositivas, hojas de ejercicios, y la lista de todos los ejercicios.',
  exercisesHeading: 'Todos los ejercicios',
  exercisesIntro: 'Cada ejercicio del libro, en el orden de los capítulos. El número lleva al ejercicio en su capítulo; el enlace de la última columna abre su figura en el estado del ejercicio.',
  caption: 'Ejercicios del libro por capítulo, con lo que enseñan y un enlace a su figura',
  colExercise: 'Ejercicio',
  colChapter: 'Capítulo',
  colTeaches: 'Qué enseña',
  colFigure: 'Figura',
  openFigure: 'Abrir la figura',
  openFigureOf: (n: string) => `Abrir la figura del ejercicio ${n}`,
};

/** The instructors' page's words; `en` has the same keys as `es`. */
export const INSTRUCTORS: { es: typeof instructorsEs; en: typeof instructorsEs } = {
  es: instructorsEs,
  en: {
    title: 'For instructors',
    description: 'How to use this book in a course: links to a figure\'s state, lesson links, figures for slides, exercise sheets, and the list of every exercise.',
    exercisesHeading: 'Every exercise',
    exercisesIntro: 'Every exercise of the book, in chapter order. The number leads to the exercise in its chapter; the link in the last column opens its figure in the exercise\'s state.',
    caption: 'The book\'s exercises by chapter, with what they teach and a link to their figure',
    colExercise: 'Exercise',
    colChapter: 'Chapter',
    colTeaches: 'What it teaches',
    colFigure: 'Figure',
    openFigure: 'Open the figure',
    openFigureOf: (n: string) => `Open the figure of exercise ${n}`,
  },
};
