// The search dialog's pure half (src/search/results.ts): excerpts split into text and marked runs (never HTML),
// sections chosen by score and shown in page order, pages ranked by their best section.
import { describe, expect, it } from 'vitest';
import {
  decodeEntities, excerptParts, fill, rankResults, sectionScore, toView, topSections, MAX_SECTIONS,
  type PagefindData, type PagefindSubResult,
} from '../../../src/search/results';

const sub = (url: string, scores: number[], title = url): PagefindSubResult => ({
  url, title, excerpt: `text of ${title}`, weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('excerptParts', () => {
  it('marks exactly the runs Pagefind wrapped in <mark>', () => {
    const parts = excerptParts('The <mark>ReLU</mark> unit and <mark>ReLU</mark>s.');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['ReLU', 'ReLU']);
    expect(parts.map((p) => p.text).join('')).toBe('The ReLU unit and ReLUs.');
  });
  it('drops any other tag and decodes entities into text, so nothing reaches the page as markup', () => {
    const parts = excerptParts('a &lt;b&gt; <img src=x onerror=alert(1)>&amp; <mark>x&#39;s</mark>');
    expect(parts).toEqual([{ text: 'a <b> & ', mark: false }, { text: "x's", mark: true }]);
  });
  it("removes MathML's invisible operators KaTeX writes", () => {
    expect(excerptParts('ReLU\u2061(z)\u2063x').map((p) => p.text).join('')).toBe('ReLU(z)x');
  });
  it('an empty excerpt gives no runs', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references and leaves unknown ones', () => {
    expect(decodeEntities('&quot;&#241;&#xF1;&bogus;&nbsp;')).toBe('"ññ&bogus;\u00a0');
  });
});

describe('sections', () => {
  const subs = [sub('/p/', [9999]), sub('/p/#a', [1]), sub('/p/#b', [50, 50]), sub('/p/#c', [10]), sub('/p/#d', [70]), sub('/p/#e', [5])];
  it('scores a section by the sum of its weighted matches, else by its number of matches', () => {
    expect(sectionScore(subs[2])).toBe(100);
    expect(sectionScore({ url: '/p/#x', title: 'x', excerpt: '', locations: [3, 8, 9] })).toBe(3);
  });
  it('keeps the best anchored sections, at most MAX_SECTIONS, in page order; the page top is never one', () => {
    const top = topSections(subs);
    expect(top).toHaveLength(MAX_SECTIONS);
    expect(top.map((s) => s.url)).toEqual(['/p/#b', '/p/#c', '/p/#d']);
  });
});

describe('toView and rankResults', () => {
  const page = (url: string, subs: PagefindSubResult[]): PagefindData => ({
    url, excerpt: `<mark>w</mark> on ${url}`, meta: { title: `T &amp; ${url}` }, sub_results: subs,
  });
  it("links a page to its best section and keeps that section's score", () => {
    const v = toView(page('/p/', [sub('/p/#a', [3]), sub('/p/#b', [40])]));
    expect(v).toMatchObject({ title: 'T & /p/', url: '/p/', best: '/p/#b', score: 40 });
    expect(v.sections.map((s) => s.url)).toEqual(['/p/#a', '/p/#b']);
  });
  it('a page without anchored sections links to itself with its own excerpt', () => {
    const v = toView({ url: '/q/', excerpt: 'x <mark>y</mark>', meta: {} });
    expect(v).toMatchObject({ title: '/q/', best: '/q/', score: 0, sections: [] });
    expect(v.excerpt).toEqual([{ text: 'x ', mark: false }, { text: 'y', mark: true }]);
  });
  it('orders pages by their best section, ties in the order Pagefind gave', () => {
    const views = [
      toView(page('/long/', [sub('/long/#a', [10]), sub('/long/#b', [12])])),
      toView(page('/heading/', [sub('/heading/#h', [500])])),
      toView(page('/tie/', [sub('/tie/#t', [12])])),
    ];
    expect(rankResults(views).map((v) => v.url)).toEqual(['/heading/', '/long/', '/tie/']);
  });
});

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(fill('{n} pages with “{q}” {x}', { n: 3, q: 'ReLU' })).toBe('3 pages with “ReLU” {x}');
  });
});
