// The rehype step that cuts a chapter into chunks the browser may skip off screen (src/lib/rehype-chunks.mjs).
import { describe, expect, it } from 'vitest';
import rehypeChunks, { CHUNK_BUCKETS, bucketOf, estimateHeight } from '../../src/lib/rehype-chunks.mjs';

type Node = { type: string; tagName?: string; name?: string; value?: string; properties?: Record<string, unknown>; attributes?: unknown[]; children?: Node[] };
const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, children: Node[] = [], properties: Record<string, unknown> = {}): Node => ({ type: 'element', tagName, properties, children });
const jsx = (name: string, attributes: unknown[] = [], children: Node[] = []): Node => ({ type: 'mdxJsxFlowElement', name, attributes, children });
const CHAPTER = { path: '/site/content/en/problem.mdx' };

function run(children: Node[], file: object = CHAPTER): Node[] {
  const tree = { type: 'root', children };
  (rehypeChunks() as (t: object, f: object) => void)(tree, file);
  return tree.children;
}
const classes = (n: Node) => (n.properties?.className as string[] | undefined) ?? [];
const isChunk = (n: Node) => n.tagName === 'div' && classes(n).includes('chunk');

describe('rehypeChunks', () => {
  const esm: Node = { type: 'mdxjsEsm', value: "import X from 'x'" };
  const intro = el('p', [text('Intro.')]);
  const h2a = el('h2', [text('A')], { id: 'a' });
  const pA = el('p', [text('Text of A.')]);
  const h3b = el('h3', [text('B')], { id: 'b' });
  const figure = jsx('ProductFigure');
  const h2c = el('h2', [text('C')], { id: 'c' });
  const tryIt = jsx('TryIt', [], [el('p', [text('Nested text.')])]);
  const notes = el('section', [el('h2', [text('Footnotes')])], { dataFootnotes: true });

  it('wraps each h2 and h3 with what follows it in a flat chunk; imports, intro and footnotes stay in place', () => {
    const out = run([esm, intro, h2a, text('\n'), pA, h3b, figure, h2c, tryIt, notes]);
    expect(out.map((n) => (isChunk(n) ? 'chunk' : n.tagName ?? n.type))).toEqual(['mdxjsEsm', 'p', 'chunk', 'chunk', 'chunk', 'chunk', 'section']);
    const [, , a, b, fig, c] = out;
    expect(a.children).toEqual([h2a, text('\n'), pA]);
    // the h3's figure in a chunk of its own (next test)
    expect(b.children).toEqual([h3b]);
    expect(fig.children).toEqual([figure]);
    expect(c.children).toEqual([h2c, tryIt]);
    // The footnotes' h2 is not cut out of its section.
    expect(out[6]).toBe(notes);
  });

  it('lets the browser skip a chunk (cv and a size class) only when it holds no live figure, even nested', () => {
    const nested = el('div', [jsx('RemediesFigure')]);
    const [a, b, fig, c] = run([h2a, pA, h3b, nested, h2c, tryIt]);
    expect(classes(a)).toEqual(['chunk', 'cv', bucketOf(estimateHeight([h2a, pA]))]);
    expect(classes(b)[1]).toBe('cv');
    expect(classes(fig)).toEqual(['chunk']);
    expect(classes(c)[1]).toBe('cv');
  });

  it('gives a live figure a chunk of its own; the text before and after it may be skipped', () => {
    const pB = el('p', [text('After the figure.')]);
    const nested = el('div', [jsx('RemediesFigure')]);
    const out = run([h2a, pA, figure, text('\n'), pB, nested, text('\n')]);
    expect(out.every(isChunk)).toBe(true);
    expect(out.map((n) => n.children)).toEqual([[h2a, pA], [figure], [text('\n'), pB], [nested, text('\n')]]);
    expect(out.map((n) => classes(n)[1] ?? 'live')).toEqual(['cv', 'live', 'cv', 'live']);
    // the text after a figure is marked, so the figure's margin stays the gap below it (global.css)
    expect(out.map((n) => classes(n).includes('after-figure'))).toEqual([false, false, true, false]);
  });

  it('leaves files outside content/ as they are', () => {
    const children = [h2a, pA];
    expect(run([...children], { path: '/site/src/pages/about.md' })).toEqual(children);
  });

  it('estimates longer text, and longer reference lists, as taller, within the size classes', () => {
    const short = estimateHeight([h2a, el('p', [text('x'.repeat(100))])]);
    const long = estimateHeight([h2a, el('p', [text('x'.repeat(2000))])]);
    expect(long).toBeGreaterThan(short);
    const refs = (n: number) => jsx('References', [{ type: 'mdxJsxAttribute', name: 'keys', value: { type: 'mdxJsxAttributeValueExpression', value: `[${Array.from({ length: n }, (_, i) => `'k${i}'`).join(', ')}]` } }]);
    expect(estimateHeight([refs(12)])).toBeGreaterThan(estimateHeight([refs(3)]));
    expect(bucketOf(0)).toBe('cv-1');
    expect(bucketOf(CHUNK_BUCKETS[1])).toBe('cv-2');
    expect(bucketOf(1e9)).toBe(`cv-${CHUNK_BUCKETS.length}`);
  });
});
