// "Present" (issue 13), loaded on the first click (kit/downloads-entry.ts): the island's figure in fullscreen
// (its numbered frame, FigureFrame.astro: title, island, toolbar; the figure itself where it has no frame),
// scaled for a projector by the CSS under `:fullscreen` (FigureFrame.astro), with keys for the one who
// presents: ← → move the island's primary control, ↑ ↓ its second slider (depth, where the primary is σ_w),
// `n` the product's walk-through to the next layer, Esc leaves (the browser's own). Where fullscreen is refused
// (a frame without allow="fullscreen"), the figure fills the window instead (class vg-presenting) and Esc leaves.
// A line at the figure's top names the keys while it is presented.
import { EMBED_WORDS } from '../../i18n/embed';

/** Each island's primary control and, where it has one, its second slider (selectors inside its figure). */
export const PRESENT_CONTROLS: Record<string, readonly [primary: string, second?: string]> = {
  product: ['input[id$="-sigma-w"]', 'input[id$="-depth"]'],
  exploding: ['input[id$="-sigma-w"]', 'input[id$="-depth"]'],
  precision: ['input[id$="-scale"]', 'input[id$="-depth"]'],
  phase: ['select', 'input[id$="-depth"]'],
  recurrent: ['input[id$="-seq-len"]'],
  memory: ['input[id$="-seq-len"]'],
  components: ['input[id$="-depth"]'],
  remedies: ['input[id$="-depth"]'],
  activations: ['select'],
  train: ['input[type="range"]'],
};
/** The class that stands in for :fullscreen where the browser refuses it. */
export const PRESENTING_CLASS = 'vg-presenting';

/** Move a slider one step (or a menu one option) in `dir`, as the reader's own input would; false at the end. */
export function nudge(c: HTMLInputElement | HTMLSelectElement, dir: 1 | -1): boolean {
  if (c.disabled) return false;
  if (c instanceof HTMLSelectElement) {
    const i = c.selectedIndex + dir;
    if (i < 0 || i >= c.options.length) return false;
    c.selectedIndex = i;
  } else {
    const before = c.value;
    if (dir > 0) c.stepUp(); else c.stepDown();
    if (c.value === before) return false;
  }
  c.dispatchEvent(new Event('input', { bubbles: true }));
  c.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

const KEYS: Record<string, [which: 0 | 1, dir: 1 | -1]> = {
  ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowUp: [1, 1], ArrowDown: [1, -1],
};

/** The presenter's keys while the island `id` is presented in `fig`. */
function onKey(fig: HTMLElement, id: string, e: KeyboardEvent): void {
  if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  // a focused slider, menu or field keeps its own keys
  if ((e.target as Element | null)?.closest?.('input, select, textarea, [contenteditable="true"]')) return;
  // Esc: the browser leaves fullscreen by itself; where the key reaches the page (the class stand-in, a browser
  // that passes it on) leaving is ours
  if (e.key === 'Escape') {
    if (document.fullscreenElement === fig) void document.exitFullscreen().catch(() => undefined); else stop(fig);
    return;
  }
  if (e.key === 'n' || e.key === 'N') {
    const next = fig.querySelector<HTMLButtonElement>('[data-walk="next"]');
    if (next && !next.disabled) { e.preventDefault(); next.click(); }
    return;
  }
  const k = KEYS[e.key];
  if (!k) return;
  const [primary, second] = PRESENT_CONTROLS[id] ?? ['input[type="range"]'];
  const c = fig.querySelector<HTMLInputElement | HTMLSelectElement>(k[0] === 1 && second ? second : primary);
  if (c) { e.preventDefault(); nudge(c, k[1]); }
}

const active = new Map<HTMLElement, () => void>();

function stop(fig: HTMLElement): void {
  fig.classList.remove(PRESENTING_CLASS);
  fig.querySelector('.vg-present-keys')?.remove();
  active.get(fig)?.();
  active.delete(fig);
}

/** Present the figure `id` (or leave, if it is being presented). */
export async function present(id: string): Promise<void> {
  const figure = document.getElementById(id);
  if (!figure) return;
  const fig = figure.closest<HTMLElement>('.figure-frame') ?? figure;
  if (active.has(fig)) {
    if (document.fullscreenElement === fig) await document.exitFullscreen(); else stop(fig);
    return;
  }
  const key = (e: KeyboardEvent) => onKey(fig, id, e);
  const change = () => { if (document.fullscreenElement !== fig && !fig.classList.contains(PRESENTING_CLASS)) stop(fig); };
  document.addEventListener('keydown', key);
  document.addEventListener('fullscreenchange', change);
  active.set(fig, () => {
    document.removeEventListener('keydown', key);
    document.removeEventListener('fullscreenchange', change);
  });
  const w = EMBED_WORDS[document.documentElement.lang === 'en' ? 'en' : 'es'];
  const keys = Object.assign(document.createElement('p'), { className: 'vg-present-keys',
    textContent: fig.querySelector('[data-walk="next"]') ? `${w.presentKeys} · ${w.presentNext}` : w.presentKeys });
  fig.append(keys);
  try {
    await fig.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    fig.classList.add(PRESENTING_CLASS);
  }
}
