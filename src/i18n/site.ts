// The shell's own words (header, navigation, footer, home page), in both languages.

const es = {
  siteTitle: 'Desvanecimiento del gradiente',
  siteTagline: 'Un libro interactivo sobre el desvanecimiento y la explosión del gradiente en redes profundas',
  skipToContent: 'Saltar al contenido',
  chapters: 'Capítulos',
  menu: 'Menú',
  onThisPage: 'En esta página',
  previous: 'Anterior',
  next: 'Siguiente',
  language: 'Idioma',
  switchTo: 'Read in English',
  switchToShort: 'English',
  themeToggle: 'Cambiar entre tema claro y oscuro',
  themeDark: 'Tema oscuro',
  beyondLecture: 'más allá de la clase',
  homeIntro: [
    'Por qué las redes profundas dejan de aprender: el gradiente que llega a las primeras capas es un producto de muchas derivadas y puede desvanecerse o explotar.',
    'Cada figura es una simulación interactiva: cambia la función de activación, la profundidad o la inicialización y observa el gradiente capa por capa.',
    'Luego, los remedios: ReLU, normalización por lotes, conexiones residuales y recorte del gradiente.',
  ],
  homeChapters: 'Los capítulos',
  creditsLecture: 'Basado en la clase',
  creditsBy: 'de Verónica E. Arriola-Rios, Facultad de Ciencias, UNAM, 2023, bajo licencia',
  licences: 'Texto bajo licencia CC BY-NC-SA 4.0; código bajo licencia MIT.',
  chooseLanguage: 'Elige un idioma',
};

/** Shell strings; `en` must have the same keys as `es`. */
export const SITE: { es: typeof es; en: typeof es } = {
  es,
  en: {
    siteTitle: 'The vanishing gradient',
    siteTagline: 'An interactive book on vanishing and exploding gradients in deep networks',
    skipToContent: 'Skip to content',
    chapters: 'Chapters',
    menu: 'Menu',
    onThisPage: 'On this page',
    previous: 'Previous',
    next: 'Next',
    language: 'Language',
    switchTo: 'Leer en español',
    switchToShort: 'Español',
    themeToggle: 'Switch between light and dark theme',
    themeDark: 'Dark theme',
    beyondLecture: 'beyond the lecture',
    homeIntro: [
      'Why deep networks stop learning: the gradient that reaches the first layers is a product of many derivatives, and it can vanish or explode.',
      'Every figure is a live simulation: change the activation, the depth or the initialisation and watch the gradient layer by layer.',
      'Then the remedies: ReLU, batch normalisation, residual connections and gradient clipping.',
    ],
    homeChapters: 'The chapters',
    creditsLecture: 'Based on the lecture',
    creditsBy: 'by Verónica E. Arriola-Rios, Facultad de Ciencias, UNAM, 2023, licensed under',
    licences: 'Text licensed CC BY-NC-SA 4.0; code licensed MIT.',
    chooseLanguage: 'Choose a language',
  },
};
