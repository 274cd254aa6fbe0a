// The pure helpers behind the chapters' components: try-it links, citations, BibTeX, report link.
import { describe, expect, it } from 'vitest';
import { tryItHref, stateQuery, ISLAND_CHAPTER } from '../../src/components/mdx/try-it';
import { BIBLIOGRAPHY, bibEntry, formatReference, joinAuthors, sortKeys, venueIn } from '../../src/components/mdx/bibliography';
import { bibtexForPage } from '../../src/components/mdx/cite-page';
import { REPORT_ERROR_URL, reportErrorHref } from '../../src/components/mdx/links';

describe('try-it links', () => {
  it('prefix every key with the island id, keep the given order and end at the island anchor', () => {
    expect(tryItHref('es', 'product', { depth: 30, activation: 'sigmoid' }, '/'))
      .toBe('/es/problem/?product.depth=30&product.activation=sigmoid#product');
  });
  it('respect a sub-path base and the language, and go to the chapter that holds the island', () => {
    expect(tryItHref('en', 'exploding', { clip: 1 }, '/vanishing-gradient/'))
      .toBe('/vanishing-gradient/en/final-note/?exploding.clip=1#exploding');
    expect(tryItHref('en', 'train', {}, '/sub')).toBe('/sub/en/solutions/#train');
  });
  it('write booleans as 1/0 and escape values', () => {
    expect(stateQuery('remedies', { batchNorm: true, relu: false })).toBe('remedies.batchNorm=1&remedies.relu=0');
    expect(stateQuery('activations', { fn: 'a b&c' })).toBe('activations.fn=a+b%26c');
  });
  it('know a chapter for each of the six islands', () => {
    expect(Object.keys(ISLAND_CHAPTER).sort()).toEqual(['activations', 'components', 'exploding', 'memory', 'phase', 'precision', 'product', 'recurrent', 'remedies', 'train']);
  });
});

describe('bibliography', () => {
  it('joins authors with the language word for "and"', () => {
    expect(joinAuthors(['A', 'B', 'C'], 'y')).toBe('A, B y C');
    expect(joinAuthors(['A', 'B'], 'and')).toBe('A and B');
    expect(joinAuthors(['A'], 'and')).toBe('A');
  });
  it('formats a reference from its fields', () => {
    expect(formatReference('glorot2010', 'and')).toBe(
      'Glorot, X. and Bengio, Y. (2010). Understanding the difficulty of training deep feedforward neural networks. Proceedings of AISTATS, PMLR 9, 249–256.');
  });
  it('writes a venue in the reader\'s language where the words differ (the lecture\'s slides, a thesis)', () => {
    expect(venueIn(bibEntry('arriola2023'), 'en')).toMatch(/^Lecture slides, /);
    expect(venueIn(bibEntry('arriola2023'), 'es')).toMatch(/^Diapositivas de clase, /);
    expect(formatReference('arriola2023', 'and', 'en')).not.toMatch(/Diapositivas/);
    expect(formatReference('hochreiter1991', 'y', 'es')).toContain('Tesis de diploma');
    // a venue with one spelling is the same in both languages
    expect(venueIn(bibEntry('glorot2010'), 'es')).toBe(venueIn(bibEntry('glorot2010'), 'en'));
    for (const e of Object.values(BIBLIOGRAPHY)) {
      const v = e.venue as string | Record<string, string>;
      if (typeof v !== 'string') expect(Object.keys(v).sort()).toEqual(['en', 'es']);
    }
  });
  it('refuses an unknown key with a message that names it', () => {
    expect(() => bibEntry('nobody1999')).toThrow(/nobody1999/);
  });
  it('sorts by first author then year, without duplicates', () => {
    expect(sortKeys(['he2016', 'glorot2010', 'he2015', 'he2015'])).toEqual(['glorot2010', 'he2015', 'he2016']);
  });
  it('holds every reference of the lecture with its link, and the classic papers the chapters rest on', () => {
    const urls = Object.values(BIBLIOGRAPHY).filter((e) => e.group === 'lecture').map((e) => 'url' in e ? e.url : '');
    expect(urls).toEqual(expect.arrayContaining([
      'https://towardsdatascience.com/the-vanishing-gradient-problem-69bf08b15484',
      'https://en.wikipedia.org/wiki/Residual_neural_network',
      'https://machinelearningmastery.com/adam-optimization-algorithm-for-deep-learning/',
      'https://machinelearningmastery.com/adam-optimization-from-scratch/',
    ]));
    for (const k of ['glorot2010', 'he2015', 'he2016', 'ioffe2015', 'pascanu2013', 'kingma2015', 'schoenholz2017',
      'yang2019', 'hanin2018', 'hochreiter1997', 'vaswani2017', 'bengio1994', 'saxe2014']) {
      expect(bibEntry(k).url, k).toMatch(/^https:\/\//);
    }
  });
});

describe('cite this page and report an error', () => {
  it('builds a BibTeX @misc entry with the page address and no stray braces', () => {
    const bib = bibtexForPage({ key: 'vg-problem-en', title: 'The {problem}', author: 'Us', note: 'n', url: 'https://x.org/en/problem/', lang: 'en' }, 2025);
    expect(bib.split('\n')[0]).toBe('@misc{vg-problem-en,');
    expect(bib).toContain('title        = {{The problem}},');
    expect(bib).toContain('howpublished = {\\url{https://x.org/en/problem/}},');
    expect(bib).toContain('year         = {2025},');
    expect(bib.trim().endsWith('}')).toBe(true);
  });
  it('fills the issue form of the one repository URL', () => {
    const href = reportErrorHref('Error in «The problem»', 'https://x.org/en/problem/');
    const u = new URL(href);
    expect(`${u.origin}${u.pathname}`).toBe(REPORT_ERROR_URL);
    expect(u.searchParams.get('title')).toBe('Error in «The problem»');
    expect(u.searchParams.get('body')).toContain('https://x.org/en/problem/');
  });
});
