// The toolbar's "Embed" dialog (issue 13), loaded on the first click (kit/teach-entry.ts): a modal <dialog>
// (focus stays inside: the page is inert and Tab wraps; Esc closes; labelled by its heading) with the <iframe> snippet of the figure in the
// state, locks and hidden controls the reader's page has now, a copy button, a link to try the embed page, and
// the optional host script that lets a frame follow its figure's height. Built afresh at every opening, so it
// always carries the current state (the page behind a modal dialog cannot change while it is open).
import { copyText } from './copy';
import { embedUrl, frameHeight, iframeSnippet, HOST_SCRIPT } from './embed-snippet';
import { EMBED_WORDS } from '../../i18n/embed';
import { FIGURE_TITLES, type FigureId } from '../../i18n/figures';
import { SITE } from '../../i18n/site';


function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
}

/** A read-only code box with its label and a copy button that reports in `status`. */
function codeBlock(label: string, code: string, copyLabel: string, w: { copied: string; copyFailed: string }, uid: string) {
  const area = el('textarea', { id: uid, readOnly: true, value: code, rows: Math.min(8, code.split('\n').length + Math.floor(code.length / 80) + 1), spellcheck: false });
  area.addEventListener('focus', () => area.select());
  const status = el('span', { className: 'vg-embed__status' });
  status.setAttribute('role', 'status');
  const copy = el('button', { type: 'button', className: 'kit-btn', textContent: copyLabel });
  copy.addEventListener('click', async () => { status.textContent = (await copyText(code)) ? w.copied : w.copyFailed; });
  return { area, block: el('div', { className: 'vg-embed__code' }, el('label', { htmlFor: uid, textContent: label }), area, el('div', { className: 'vg-embed__row' }, copy, status)) };
}

/** Open the Embed dialog for the figure `id` whose current link (LinkSource.link()) is `link`; closing it
 *  returns the focus to what had it (the toolbar's button). */
export function openEmbed(id: string, link: string): HTMLDialogElement {
  const opener = document.activeElement as HTMLElement | null;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'es';
  const w = EMBED_WORDS[lang];
  const src = embedUrl(link, id);
  const figure = document.getElementById(id);
  const height = frameHeight(figure?.getBoundingClientRect().height ?? 0);
  const title = `${FIGURE_TITLES[lang][id as FigureId] ?? id} · ${SITE[lang].siteTitle}`;
  const snippet = iframeSnippet({ src, title, height });

  const dialog = el('dialog', { className: 'vg-embed' });
  const heading = el('h2', { id: `${id}-embed-title`, textContent: w.dialogTitle });
  dialog.setAttribute('aria-labelledby', heading.id);
  dialog.dataset.embedFor = id;
  const html = codeBlock(w.snippetLabel, snippet, w.copy, w, `${id}-embed-code`);
  const host = codeBlock(w.scriptLabel, HOST_SCRIPT, w.copy, w, `${id}-embed-script`);
  const close = el('button', { type: 'button', className: 'kit-btn vg-embed__close', textContent: w.close });
  close.addEventListener('click', () => dialog.close());
  dialog.append(
    heading,
    el('p', { textContent: w.dialogIntro }),
    html.block,
    el('p', {}, el('a', { href: src, target: '_blank', rel: 'noopener', textContent: w.preview })),
    el('p', { textContent: w.autoSize }),
    host.block,
    close,
  );
  dialog.addEventListener('close', () => { dialog.remove(); opener?.focus(); });
  // a modal dialog keeps the page out of reach, but Tab may still leave for the browser's own controls: wrap it
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const stops = [...dialog.querySelectorAll<HTMLElement>('textarea, button, a[href]')];
    const edge = e.shiftKey ? stops[0] : stops[stops.length - 1];
    if (document.activeElement === edge) {
      e.preventDefault();
      (e.shiftKey ? stops[stops.length - 1] : stops[0]).focus();
    }
  });
  document.body.append(dialog);
  dialog.showModal();
  html.area.focus();
  return dialog;
}
