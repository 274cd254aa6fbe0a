// Pagefind's result data → what the search dialog shows: page title, up to three matching sections (anchors
// into the page, in page order), excerpts as text runs with the matched words marked. Pure, no DOM, so the
// dialog renders runs with textContent (never innerHTML) and this file is unit-tested.

/** One matching section of a page, as Pagefind returns it (the fields used here). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
  locations?: number[];
}

/** One page's data, as `await result.data()` returns it (the fields used here). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

/** A run of excerpt text; `mark` when Pagefind highlighted it as a match. */
export interface ExcerptPart { text: string; mark: boolean }

/** A section link with its excerpt. */
export interface SectionView { title: string; url: string; excerpt: ExcerptPart[] }

/** A page in the results list: `best` is its best-matching section (else the page), `score` that section's. */
export interface ResultView {
  title: string; url: string; best: string; score: number; excerpt: ExcerptPart[]; sections: SectionView[];
}

/** Sections shown per page: enough to land on the right one, few enough to scan. */
export const MAX_SECTIONS = 3;

// MathML's invisible operators (function application, times, separator, plus) that KaTeX writes between symbols
const INVISIBLE = /[\u2061-\u2064]/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references Pagefind leaves in its excerpts. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[ref.toLowerCase()] ?? all;
  });
}

/** Split an excerpt (text with `<mark>…</mark>` around matches) into runs; any other tag is dropped. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(piece)) { mark = true; continue; }
    if (/^<\/mark/i.test(piece)) { mark = false; continue; }
    const text = decodeEntities(piece.replace(/<[^>]*>/g, '')).replace(INVISIBLE, '');
    if (text === '') continue;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

/** How strongly a section matches: the sum of its weighted match scores (else its number of matches). */
export function sectionScore(sub: PagefindSubResult): number {
  if (sub.weighted_locations?.length) return sub.weighted_locations.reduce((a, w) => a + w.balanced_score, 0);
  return sub.locations?.length ?? 0;
}

/** The best-matching sections with an anchor (at most `max`), kept in page order. */
export function topSections(subs: readonly PagefindSubResult[], max = MAX_SECTIONS): PagefindSubResult[] {
  const anchored = subs.map((sub, i) => ({ sub, i })).filter(({ sub }) => sub.url.includes('#'));
  return anchored
    .sort((a, b) => sectionScore(b.sub) - sectionScore(a.sub) || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map(({ sub }) => sub);
}

/** One page's view: its title, its link, its excerpt, its best sections, and where its link leads. */
export function toView(data: PagefindData, max = MAX_SECTIONS): ResultView {
  const subs = data.sub_results ?? [];
  const best = topSections(subs, 1)[0];
  return {
    title: decodeEntities(data.meta.title ?? data.url),
    url: data.url,
    best: best?.url ?? data.url,
    score: best ? sectionScore(best) : 0,
    excerpt: excerptParts(data.excerpt),
    sections: topSections(subs, max).map((s) => ({
      title: decodeEntities(s.title), url: s.url, excerpt: excerptParts(s.excerpt),
    })),
  };
}

/** Pages ordered by their best section's score (a match in a section's heading weighs most), so the first
 *  result, the one Enter follows, is the section about the words searched; ties keep Pagefind's order. */
export function rankResults(views: readonly ResultView[]): ResultView[] {
  return views.map((v, i) => ({ v, i })).sort((a, b) => b.v.score - a.v.score || a.i - b.i).map(({ v }) => v);
}

/** Fill `{name}` placeholders in a UI string. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => (k in vars ? String(vars[k]) : all));
}

