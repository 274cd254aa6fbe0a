// The BibTeX entry of a chapter page (pure, so it can be unit-tested).

export interface PageCitation { key: string; title: string; author: string; note: string; url: string; lang: string }

/** Braces and backslashes would break a BibTeX field; the rest is kept as UTF-8 (biber and BibLaTeX read it). */
function field(value: string): string {
  return value.replace(/[{}\\]/g, '');
}

/** A `@misc` entry for one page of the site; `year` defaults to the year of the build. */
export function bibtexForPage(p: PageCitation, year: number = new Date().getFullYear()): string {
  const lines = [
    `@misc{${p.key},`,
    `  author       = {{${field(p.author)}}},`,
    `  title        = {{${field(p.title)}}},`,
    `  year         = {${year}},`,
    `  howpublished = {\\url{${p.url}}},`,
    `  language     = {${p.lang === 'es' ? 'spanish' : 'english'}},`,
    `  note         = {${field(p.note)}},`,
    '}',
  ];
  return lines.join('\n');
}
