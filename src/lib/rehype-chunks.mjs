// Cuts a chapter into chunks so the browser can skip the ones off screen: each h2 or h3 and what follows it up
// to the next h2 or h3 goes into a <div class="chunk">, except that a live figure gets a chunk of its own. A chunk without a live figure also gets the class `cv`
// (content-visibility: auto, global.css) and a size class for its estimated height (`cv-1` … `cv-6`), the
// placeholder until it is first drawn (estimated for a phone; global.css scales it down on wide screens). Chunks are flat (an h3's chunk is a sibling of its h2's): they only group
// for the renderer, so they are plain divs, not sections. The text before the first heading, the MDX imports
// and the footnotes' <section> stay where they are. Only files under content/ are cut.

const HEADING = new Set(['h2', 'h3']);
/** MDX components that hold an island (a live figure): their chunk stays always rendered. */
const ISLAND = /Figure$/;
/** Estimated height buckets in px (global.css has one rule per bucket). */
export const CHUNK_BUCKETS = [400, 800, 1400, 2200, 3200, 5000];
/** Height per character of running text on a phone (~40 characters a 28 px line). */
const PX_PER_CHAR = 0.7;
/** Height of one entry of a <References> list on a phone. */
const PX_PER_REFERENCE = 170;

/** Characters of text under a node (the estimate's main input). */
function textLength(node) {
  if (node.type === 'text') return node.value.length;
  return (node.children ?? []).reduce((n, c) => n + textLength(c), 0);
}

/** True if an island component sits anywhere under the node. */
function holdsIsland(node) {
  if (node.type === 'mdxJsxFlowElement' && ISLAND.test(node.name ?? '')) return true;
  return (node.children ?? []).some(holdsIsland);
}

/** Entries a <References> element lists: its `keys` array, or a whole group of the bibliography (long). */
function referenceCount(node) {
  const keys = (node.attributes ?? []).find((a) => a.name === 'keys');
  if (!keys) return (node.attributes ?? []).some((a) => a.name === 'group') ? 20 : 0;
  const source = typeof keys.value === 'string' ? keys.value : String(keys.value?.value ?? '');
  return (source.match(/['"][^'"]+['"]/g) ?? []).length;
}

/** A rough height in px on a phone: text lines, display math, components, reference lists. */
export function estimateHeight(nodes) {
  let px = 0;
  for (const n of nodes) {
    if (n.type === 'text') continue;
    const cls = n.properties?.className ?? [];
    if (n.type === 'element' && HEADING.has(n.tagName)) px += 80;
    else if (n.type === 'element' && Array.isArray(cls) && cls.includes('katex-display')) px += 80;
    else if (n.type === 'mdxJsxFlowElement' && n.name === 'References') px += 60 + referenceCount(n) * PX_PER_REFERENCE;
    else if (n.type === 'mdxJsxFlowElement') px += 160 + textLength(n) * PX_PER_CHAR;
    else px += 20 + textLength(n) * PX_PER_CHAR;
  }
  return px;
}

/** The size class for an estimated height. */
export function bucketOf(px) {
  const i = CHUNK_BUCKETS.findIndex((b) => px <= b);
  return `cv-${(i < 0 ? CHUNK_BUCKETS.length - 1 : i) + 1}`;
}

/** `afterFigure`: the text that follows a live figure under the same heading (global.css keeps the figure's
 *  margin below it, as if no chunk boundary were there). */
function chunk(children, afterFigure = false) {
  const className = ['chunk'];
  if (!children.some(holdsIsland)) className.push('cv', bucketOf(estimateHeight(children)));
  if (afterFigure) className.push('after-figure');
  return { type: 'element', tagName: 'div', properties: { className }, children };
}

/** A heading's run as chunks: each node holding a live figure in a chunk of its own, the text around it in
 *  chunks the browser may skip. A redraw of the figure then repaints its own chunk, not the section's
 *  paragraphs too (each skippable chunk is contained, so the browser keeps its painting; issue 11). */
export function chunks(run) {
  const out = [];
  let text = [];
  const flush = () => {
    if (!text.length) return;
    // whitespace after a figure stays with it, not in a chunk of its own
    if (text.every((n) => n.type === 'text' && !n.value.trim()) && out.length) out[out.length - 1].children.push(...text);
    else out.push(chunk(text, out.length > 0));
    text = [];
  };
  for (const node of run) {
    if (holdsIsland(node)) {
      flush();
      out.push(chunk([node]));
    } else text.push(node);
  }
  flush();
  return out;
}

/** rehype plugin: wraps the root's heading runs in chunks (see the top of this file). */
export default function rehypeChunks() {
  return (tree, file) => {
    const path = String(file.path ?? file.history?.[0] ?? '').replaceAll('\\', '/');
    if (!path.includes('/content/')) return;
    const out = [];
    let run = null;
    for (const node of tree.children) {
      const heading = node.type === 'element' && HEADING.has(node.tagName);
      const stays = node.type === 'mdxjsEsm' || (node.type === 'element' && node.tagName === 'section');
      if (heading) {
        if (run) out.push(...chunks(run));
        run = [node];
      } else if (stays) {
        if (run) out.push(...chunks(run));
        run = null;
        out.push(node);
      } else if (run) run.push(node);
      else out.push(node);
    }
    if (run) out.push(...chunks(run));
    tree.children = out;
  };
}
