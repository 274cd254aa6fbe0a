// The exercises as the handouts and the instructors' page read them (src/lib/exercises.ts): from the chapters'
// MDX, numbered as the chapter numbers them, with their state, what they teach, and their question and answer
// cut apart; citations written out for paper (src/lib/exercise-html.ts).
import { describe, expect, it } from 'vitest';
import { chapterParts, literalValue, objectLiteral } from '../../src/lib/exercises';
import { citesAsText, exerciseHtml } from '../../src/lib/exercise-html';
import { bibEntry } from '../../src/components/mdx/bibliography';
import { LANGS, SLUGS, body, exerciseText, exercises, frontmatter, readChapter } from './content-parse';

const parts = (lang: string, slug: string) => {
  const src = readChapter(lang, slug);
  return chapterParts(body(src).replace(/^\n/, ''), Number(frontmatter(src).order));
};

describe('exercises from the chapters', () => {
  it('finds every <TryIt> with its id, island and state, as the content tests\' own parser reads them', () => {
    let total = 0;
    for (const lang of LANGS) for (const slug of SLUGS) {
      const src = readChapter(lang, slug);
      const got = parts(lang, slug).exercises;
      expect(got.map(({ id, island, state }) => ({ id, island, state })), `${lang}/${slug}`).toEqual(exercises(src));
      total += got.length;
    }
    expect(total).toBe(2 * 17); // 11 in the lecture's chapters and the first further sections, 6 with the precision, phase, recurrent and memory islands
  });

  it('numbers them "chapter.place", the chapter being its order, the same in both languages', () => {
    for (const slug of SLUGS) {
      const order = Number(frontmatter(readChapter('es', slug)).order);
      const [es, en] = LANGS.map((lang) => parts(lang, slug).exercises.map((e) => e.number));
      expect(es).toEqual(es.map((_, i) => `${order}.${i + 1}`));
      expect(en).toEqual(es);
    }
  });

  it('cuts each into its question and its answer, both from the exercise\'s own text, and says what it teaches', () => {
    for (const lang of LANGS) for (const slug of SLUGS) {
      const src = readChapter(lang, slug);
      for (const ex of parts(lang, slug).exercises) {
        const block = exerciseText(src, ex.id);
        const [before, after] = block.split('<div slot="answer">');
        expect(ex.question.length, ex.id).toBeGreaterThan(20);
        expect(ex.answer.length, ex.id).toBeGreaterThan(20);
        // the question is the text before the answer, the answer the text inside it, and neither holds the other
        for (const para of ex.question.split('\n\n')) expect(before, ex.id).toContain(para);
        for (const para of ex.answer.split('\n\n')) expect(after, ex.id).toContain(para);
        expect(ex.question).not.toContain('slot=');
        expect(ex.answer).not.toContain('</div>');
        expect(ex.teaches.length, `${lang} ${ex.id} teaches`).toBeGreaterThan(15);
      }
    }
  });

  it('reads figures too, numbered in the same sequence the chapter uses', () => {
    const figures = parts('en', 'solutions').figures;
    expect(figures.map((f) => f.name)).toEqual(['SkipDiagram', 'RemediesFigure', 'TrainFigure']);
    expect(figures.map((f) => f.number)).toEqual(['2.1', '2.2', '2.3']);
  });

  it('accepts only literal states', () => {
    const program = (expr: object) => ({ type: 'Program', body: [{ type: 'ExpressionStatement', expression: expr }] });
    const prop = (name: string, value: object) => ({ type: 'Property', computed: false, key: { type: 'Identifier', name }, value });
    expect(objectLiteral(program({ type: 'ObjectExpression', properties: [
      prop('depth', { type: 'Literal', value: 30 }), prop('bias', { type: 'UnaryExpression', operator: '-', argument: { type: 'Literal', value: 2 } }),
      prop('fn', { type: 'Literal', value: 'tanh' }), prop('bn', { type: 'Literal', value: true }),
    ] }))).toEqual({ depth: 30, bias: -2, fn: 'tanh', bn: true });
    expect(() => literalValue({ type: 'Identifier', name: 'x' })).toThrow(/literals/);
    expect(() => objectLiteral(program({ type: 'ArrayExpression', elements: [] }))).toThrow(/object literal/);
  });
});

describe('exercises on paper', () => {
  it('write a citation as its short reference, with its place if it has one', () => {
    expect(citesAsText('as shown <Cite k="glorot2010" />.')).toBe(`as shown (${bibEntry('glorot2010').short}).`);
    expect(citesAsText('<Cite k="he2015" at="§2.2" />')).toBe(`(${bibEntry('he2015').short}, §2.2)`);
    expect(() => citesAsText('<Cite at="x" />')).toThrow(/without a key/);
  });

  it('typeset their math with KaTeX at build time and keep inline code', async () => {
    const html = await exerciseHtml('At $\\sigma_w = 2.5$, does `float32` hold it?');
    expect(html).toContain('class="katex"');
    expect(html).toContain('<code>float32</code>');
    expect(html).not.toContain('$');
  });
});
