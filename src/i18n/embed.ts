// Words of the Embed dialog (kit/embed-dialog.ts), Present mode's key line (kit/present.ts) and of the embed page (pages/[lang]/embed/), both languages
// (en typed as the es shape). Only the dialog's own script (loaded on the first click of "Embed") and the build
// import this file, so no page's first bundle carries either language's words from it.
const es = {
  dialogTitle: 'Insertar esta figura',
  dialogIntro: 'Pega este HTML en la página de tu curso (Moodle, Canvas, un sitio web). La figura se abre en su estado actual, con los mismos controles fijos u ocultos que esta página.',
  snippetLabel: 'HTML para pegar',
  copy: 'Copiar el código',
  copied: 'Código copiado',
  copyFailed: 'No se pudo copiar; selecciona el código y cópialo',
  autoSize: 'Si la página admite scripts, pega también esto una vez: cada marco tomará la altura de su figura. Si no, el marco conserva la altura del código.',
  scriptLabel: 'Script opcional para la página',
  preview: 'Abrir la página insertada',
  close: 'Cerrar',
  openTextbook: 'Abrir en el libro',
  presentKeys: '← → ↑ ↓ mueven los controles · Esc sale',
  presentNext: 'N: capa siguiente',
  pageTitle: (figure: string, site: string) => `${figure} · ${site}`,
};

const en: typeof es = {
  dialogTitle: 'Embed this figure',
  dialogIntro: 'Paste this HTML into your course page (Moodle, Canvas, a website). The figure opens in its current state, with the same locked or hidden controls as this page.',
  snippetLabel: 'HTML to paste',
  copy: 'Copy the code',
  copied: 'Code copied',
  copyFailed: 'Could not copy; select the code and copy it',
  autoSize: 'If the page allows scripts, paste this once as well: each frame then takes its figure’s height. If not, the frame keeps the height in the code.',
  scriptLabel: 'Optional script for the page',
  preview: 'Open the embedded page',
  close: 'Close',
  openTextbook: 'Open in the textbook',
  presentKeys: '← → ↑ ↓ move the controls · Esc leaves',
  presentNext: 'N: next layer',
  pageTitle: (figure: string, site: string) => `${figure} · ${site}`,
};

/** The embed words by language. */
export const EMBED_WORDS = { es, en };
export type EmbedWords = typeof es;
