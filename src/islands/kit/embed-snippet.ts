// The pure part of embedding a figure (issue 13): the embed page's address for a link to a figure, the
// <iframe> snippet the Embed dialog offers, the height it gives the frame, and the message the embed page
// sends its host. Used by the dialog (kit/embed-dialog.ts), the embed page (pages/[lang]/embed/) and the tests.

/** The `type` of the message an embed page posts to its parent when its height changes. */
export const RESIZE_MESSAGE = 'vanishing-gradient:resize';

/** What an embed page posts to its parent: `{ type, island, height }`, height in CSS px. */
export interface ResizeMessage { type: typeof RESIZE_MESSAGE; island: string; height: number }

/** The embed page's own lines around the figure (its title above, the link to the textbook below), in px. */
export const EMBED_CHROME_PX = 96;
/** Frame heights are rounded up to this many px, so a snippet's number reads as chosen, not measured. */
const HEIGHT_STEP_PX = 10;
/** No frame lower than this, whatever was measured (a figure not laid out yet measures 0). */
const MIN_HEIGHT_PX = 320;

/** The resize message for `island` at `height` px (rounded up to a whole pixel). */
export function resizeMessage(island: string, height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE, island, height: Math.ceil(height) };
}

/** True when `data` is an embed page's resize message (what a host's listener checks). */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  const d = data as Partial<ResizeMessage> | null;
  return typeof d === 'object' && d !== null && d.type === RESIZE_MESSAGE && typeof d.island === 'string'
    && typeof d.height === 'number' && Number.isFinite(d.height) && d.height > 0;
}

/**
 * The embed page of the figure `id` for a link to it: `…/{lang}/{chapter}/?q#id` (a chapter) or
 * `…/{lang}/embed/{id}/?q` (an embed page) becomes `…/{lang}/embed/{id}/?q`. The query (state, locks, hidden
 * controls) is kept as it is; the hash is dropped (the embed page shows the figure alone). Works under a base path.
 */
export function embedUrl(link: string, id: string): string {
  const u = new URL(link);
  const m = /^(.*\/)(es|en)\/(?:embed\/)?[\w-]+\/?$/.exec(u.pathname);
  if (!m) throw new Error(`not a link to a chapter or an embed page: ${link}`);
  u.pathname = `${m[1]}${m[2]}/embed/${id}/`;
  u.hash = '';
  return u.href;
}

/** The frame's height for a figure measured `figurePx` tall: the embed page's chrome added, rounded up. */
export function frameHeight(figurePx: number): number {
  const px = Math.max(MIN_HEIGHT_PX, figurePx + EMBED_CHROME_PX);
  return Math.ceil(px / HEIGHT_STEP_PX) * HEIGHT_STEP_PX;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The <iframe> an instructor pastes: titled, lazy, full width, `height` px (the height without script), fullscreen allowed. */
export function iframeSnippet(o: { src: string; title: string; height: number }): string {
  return `<iframe src="${escapeAttr(o.src)}" title="${escapeAttr(o.title)}" width="100%" height="${Math.round(o.height)}" `
    + `loading="lazy" allow="fullscreen" style="border: 0; width: 100%;"></iframe>`;
}

/** The script a host page may paste once so every embedded figure's frame follows its height: six lines. A
 *  message moves only the frame it came from (`e.source`), so no other page can resize a host's frames. */
export const HOST_SCRIPT = `<script>
addEventListener('message', (e) => {
  if (e.data?.type !== '${RESIZE_MESSAGE}') return;
  for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';
});
</script>`;
