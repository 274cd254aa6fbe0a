// The search dialog's behaviour, loaded only when the reader opens search (the header's button, `/`, Ctrl/⌘-K;
// see Search.astro, whose small inline script imports this module). The dialog's markup and words are in the
// page already; this wires the input to Pagefind (its script, WebAssembly and the index of the page's language
// load now, from the site itself) and renders the results: each page with its best-matching sections, links to
// their anchors, excerpts with the matched words marked. Built into <site>/search/dialog.js by
// scripts/postbuild.ts (esbuild), not by Vite: pages never load it before the reader asks.
import { fill, rankResults, toView, type PagefindData, type ExcerptPart, type ResultView } from './results';

interface PagefindResult { data(): Promise<PagefindData> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}
interface Strings { hint: string; loading: string; none: string; count: string; countOne: string; failed: string }

/** Pages shown at most (the site has a handful per language). */
const MAX_PAGES = 8;
/** Pause after the last key press before searching, ms. */
const DEBOUNCE_MS = 150;

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's module, loaded once, set to link under the site's base (the sub-path build). */
function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: base, excerptLength: 24 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** Excerpt runs as DOM: plain text, and <mark> around the matched words. */
function excerpt(parts: ExcerptPart[], className: string): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  for (const part of parts) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      p.append(m);
    } else p.append(part.text);
  }
  return p;
}

function link(href: string, text: string, className: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.className = className;
  a.textContent = text;
  return a;
}

/** One page of results: its title link, then its sections (or, without any, the page's excerpt). */
function renderResult(view: ResultView): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search__result';
  li.append(link(view.best, view.title, 'search__page'));
  if (view.sections.length === 0) li.append(excerpt(view.excerpt, 'search__excerpt'));
  else {
    const ul = document.createElement('ul');
    ul.className = 'search__sections';
    for (const s of view.sections) {
      const item = document.createElement('li');
      item.append(link(s.url, s.title, 'search__section'), excerpt(s.excerpt, 'search__excerpt'));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

let wired = false;

/** Open the dialog (wiring it on first use) and focus its input. */
export function open(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!dialog) return;
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = dialog.querySelector<HTMLElement>('[role="status"]')!;
  const list = dialog.querySelector<HTMLOListElement>('ol')!;
  const base = dialog.dataset.base ?? '/';
  const t = JSON.parse(dialog.dataset.strings ?? '{}') as Strings;
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  if (wired) return;
  wired = true;

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  let latest = '';
  const run = async () => {
    const q = input.value.trim();
    latest = q;
    if (q === '') { list.replaceChildren(); status.textContent = t.hint; return; }
    try {
      const pf = await loadPagefind(base);
      const search = await pf.debouncedSearch(q, {}, DEBOUNCE_MS);
      if (search === null || q !== latest) return; // a newer query replaced this one
      const data = await Promise.all(search.results.slice(0, MAX_PAGES).map((r) => r.data()));
      if (q !== latest) return;
      list.replaceChildren(...rankResults(data.map((d) => toView(d))).map(renderResult));
      const n = search.results.length;
      status.textContent = n === 0 ? fill(t.none, { q }) : fill(n === 1 ? t.countOne : t.count, { n, q });
    } catch {
      status.textContent = t.failed;
    }
  };
  status.textContent = t.loading;
  loadPagefind(base).then(() => { if (input.value.trim() === '') status.textContent = t.hint; }, () => { status.textContent = t.failed; });

  input.addEventListener('input', () => void run());
  // Arrow keys walk the input and the result links; Enter in the input follows the first result.
  dialog.addEventListener('keydown', (e) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (all.length === 0) return;
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : at - 1;
      if (next < 0) input.focus(); else all[next].focus();
    } else if (e.key === 'Enter' && e.target === input && all.length > 0) {
      e.preventDefault();
      all[0].click();
    }
  });
  // A chosen result closes the dialog (it may be a section of the page being read); so does a click outside it.
  // Focus then stays where the link leads instead of going back to the header's button.
  let followed = false;
  list.addEventListener('click', (e) => { if ((e.target as Element).closest('a')) { followed = true; dialog.close(); } });
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (!followed) document.querySelector<HTMLElement>('[data-search-open]')?.focus();
    followed = false;
  });
}
