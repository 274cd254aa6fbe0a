// Figure and exercise numbers (issue 18, item 9): src/lib/remark-numbering.mjs numbers each chapter's figures
// and exercises in reading order ("1.2": chapter, then place), over the same MDX tree the build parses; the
// numbers must run 1, 2, 3, … in every chapter and be the same in Spanish and English.
import { describe, expect, it } from 'vitest';
import { createProcessor } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import remarkNumbering, { FIGURE, numberChapter } from '../../src/lib/remark-numbering.mjs';
import { numberAnchor, numberLabel } from '../../src/components/mdx/numbering';
import { FIGURE_IDS, FIGURE_TITLES } from '../../src/i18n/figures';
import { LANGS, SLUGS, frontmatter, readChapter } from './content-parse';

type Numbered = { name: string; id?: string; number: string };
type Attr = { type: string; name: string; value: unknown };
type Node = { type: string; name?: string; attributes?: Attr[]; children?: Node[] };

const parser = createProcessor({ remarkPlugins: [remarkMath] });

/** The chapter's MDX tree (as the build parses it, frontmatter left out) and its frontmatter `order`. */
function parse(lang: string, slug: string): { tree: Node; order: number } {
  const src = readChapter(lang, slug);
  const tree = parser.parse(src.replace(/^---\n[\s\S]*?\n---\n/, '')) as unknown as Node;
  return { tree, order: Number(frontmatter(src).order) };
}

/** What the plugin numbers in one chapter. */
function numbered(lang: string, slug: string): { figures: Numbered[]; exercises: Numbered[] } {
  const { tree, order } = parse(lang, slug);
  return numberChapter(tree, order);
}

/** `ProductFigure` → product, `SkipDiagram` → skip-diagram: the id the figure carries on the page. */
const figureId = (name: string) => name.replace(/Figure$/, '').replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();

describe('figure and exercise numbers', () => {
  it('a chapter\'s number is its place in the chapter list (the frontmatter orders run 1, 2, 3, … in both languages)', () => {
    for (const lang of LANGS) {
      expect(SLUGS.map((slug) => Number(frontmatter(readChapter(lang, slug)).order)), lang)
        .toEqual(SLUGS.map((_, i) => i + 1));
    }
  });

  it('numbers run 1, 2, 3, … in every chapter, in reading order', () => {
    let figures = 0;
    let exercises = 0;
    for (const lang of LANGS) for (const [i, slug] of SLUGS.entries()) {
      const n = numbered(lang, slug);
      expect(n.figures.map((f) => f.number), `${lang}/${slug} figures`).toEqual(n.figures.map((_, k) => `${i + 1}.${k + 1}`));
      expect(n.exercises.map((e) => e.number), `${lang}/${slug} exercises`).toEqual(n.exercises.map((_, k) => `${i + 1}.${k + 1}`));
      figures += n.figures.length;
      exercises += n.exercises.length;
    }
    // 11 figures and 17 exercises in each language (the further chapter's precision, phase, recurrent and memory islands: 4 figures, 6 exercises)
    expect(figures).toBe(2 * 11);
    expect(exercises).toBe(2 * 17);
  });

  it('Spanish and English number the same figures and exercises the same way', () => {
    for (const slug of SLUGS) {
      const es = numbered('es', slug);
      const en = numbered('en', slug);
      expect(en.figures, `${slug} figures`).toEqual(es.figures);
      expect(en.exercises, `${slug} exercises`).toEqual(es.exercises);
      // every exercise has its own id (its older anchor, kept)
      for (const e of es.exercises) expect(e.id, `${slug} ${e.number}`).toMatch(/^try-[a-z0-9-]+$/);
    }
  });

  it('every figure of the chapters has a short title in both languages', () => {
    const used = SLUGS.flatMap((slug) => numbered('es', slug).figures.map((f) => figureId(f.name)));
    expect([...used].sort()).toEqual([...FIGURE_IDS].sort());
    for (const lang of LANGS) for (const id of FIGURE_IDS) {
      const title = FIGURE_TITLES[lang][id];
      expect(title.length, `${lang} ${id}`).toBeGreaterThan(5);
      expect(title.length, `${lang} ${id}`).toBeLessThanOrEqual(50);
    }
  });

  it('the plugin sets the number as a prop, replacing one typed by hand, and numbers text-level figures too', () => {
    const jsx = (name: string, attributes: Attr[] = []): Node => ({ type: 'mdxJsxFlowElement', name, attributes, children: [] });
    const typed = jsx('ProductFigure', [{ type: 'mdxJsxAttribute', name: 'number', value: '9.9' }]);
    const inline: Node = { type: 'mdxJsxTextElement', name: 'SkipDiagram', attributes: [], children: [] };
    const tree: Node = { type: 'root', children: [typed, jsx('TryIt', [{ type: 'mdxJsxAttribute', name: 'id', value: 'try-a' }]),
      { type: 'paragraph', children: [inline] }, jsx('Cite'), jsx('TryIt')] };
    (remarkNumbering() as (t: Node, f: object) => void)(tree, { path: '/site/content/en/x.mdx', data: { astro: { frontmatter: { order: 3 } } } });
    const numberOf = (n: Node) => n.attributes?.filter((a) => a.name === 'number').map((a) => a.value);
    expect(numberOf(typed)).toEqual(['3.1']);
    expect(numberOf(inline)).toEqual(['3.2']);
    expect(tree.children?.filter((n) => n.name === 'TryIt').map(numberOf)).toEqual([['3.1'], ['3.2']]);
    expect(numberOf(tree.children?.[3] as Node)).toEqual([]);
    expect(FIGURE.test('References')).toBe(false);
  });

  it('the plugin leaves files outside content/ alone, and refuses a chapter without an order', () => {
    const tree: Node = { type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'TryIt', attributes: [] }] };
    const run = remarkNumbering() as (t: Node, f: object) => void;
    run(tree, { path: '/site/src/pages/about.mdx', data: {} });
    expect(tree.children?.[0].attributes).toEqual([]);
    expect(() => run(tree, { path: '/site/content/es/x.mdx', data: { astro: { frontmatter: {} } } })).toThrow(/order/);
  });

  it('anchors and labels: #figure-1-2, "Figura 1.2", "Exercise 1.3"', () => {
    expect(numberAnchor('figure', '1.2')).toBe('figure-1-2');
    expect(numberAnchor('exercise', '4.10')).toBe('exercise-4-10');
    expect(numberLabel('es', 'figure', '1.2')).toBe('Figura 1.2');
    expect(numberLabel('en', 'exercise', '1.3')).toBe('Exercise 1.3');
  });
});
