// Reads the MDX chapters as text for the content tests: headings, equations, citations, exercises.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const LANGS = ['es', 'en'] as const;
export const SLUGS = ['problem', 'solutions', 'final-note', 'further', 'references'] as const;

export interface Heading { depth: number; text: string; anchor: string | null }
export interface Exercise { id: string; island: string; state: Record<string, unknown> }

export function chapterPath(lang: string, slug: string): string {
  return join(ROOT, 'content', lang, `${slug}.mdx`);
}
export function chapterExists(lang: string, slug: string): boolean {
  return existsSync(chapterPath(lang, slug));
}
export function readChapter(lang: string, slug: string): string {
  return readFileSync(chapterPath(lang, slug), 'utf8');
}

/** The body without frontmatter and without fenced code blocks (whose lines are not headings). */
export function body(src: string): string {
  return src.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^```[\s\S]*?^```/gm, '');
}

/** Frontmatter as raw `key: value` strings (enough for the flat schema of the chapters). */
export function frontmatter(src: string): Record<string, string> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(src);
  const out: Record<string, string> = {};
  for (const line of (m?.[1] ?? '').split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).trim()] = line.slice(i + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return out;
}

export function headings(src: string): Heading[] {
  return body(src).split('\n').flatMap((line) => {
    const m = /^(#{2,3})\s+(.*)$/.exec(line);
    if (!m) return [];
    const a = /\[#([a-z0-9][a-z0-9-]*)\]\s*$/.exec(m[2]);
    return [{ depth: m[1].length, text: m[2], anchor: a ? a[1] : null }];
  });
}

/** Display equations: the `$$ … $$` blocks. */
export function displayEquations(src: string): string[] {
  return [...body(src).matchAll(/\$\$([\s\S]*?)\$\$/g)].map((m) => m[1]);
}

export function tags(src: string): number[] {
  return [...body(src).matchAll(/\\tag\{(\d+)\}/g)].map((m) => Number(m[1]));
}

export function citeKeys(src: string): string[] {
  return [...body(src).matchAll(/<Cite\s+k="([^"]+)"/g)].map((m) => m[1]);
}

/** Keys listed by `<References keys={[…]} />` (string literals only). */
export function referenceKeys(src: string): string[] {
  return [...body(src).matchAll(/<References\s+keys=\{\[([^\]]*)\]\}/g)].flatMap((m) =>
    [...m[1].matchAll(/'([^']+)'|"([^"]+)"/g)].map((k) => k[1] ?? k[2]));
}

export function referenceGroups(src: string): string[] {
  return [...body(src).matchAll(/<References\s+group="([^"]+)"/g)].map((m) => m[1]);
}

/** `<TryIt id="…" island="…" state={{ … }}>`; the state literal is evaluated as a JavaScript object. */
export function exercises(src: string): Exercise[] {
  return [...body(src).matchAll(/<TryIt\s+([\s\S]*?)>\n/g)].map((m) => {
    const attrs = m[1];
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1] ?? '';
    const island = /\bisland="([^"]+)"/.exec(attrs)?.[1] ?? '';
    const literal = /\bstate=\{(\{[\s\S]*?\})\}/.exec(attrs)?.[1] ?? '{}';
    const state = new Function(`return (${literal});`)() as Record<string, unknown>;
    return { id, island, state };
  });
}

/** Figure components used in the body, as island ids (`<ProductFigure />` → product). */
export function figures(src: string): string[] {
  return [...body(src).matchAll(/<([A-Z][a-z]+)Figure\s*\/>/g)].map((m) => m[1].toLowerCase());
}

/** The whole `<TryIt id="…">…</TryIt>` block of one exercise (question and answer), or '' when absent. */
export function exerciseText(src: string, id: string): string {
  const start = src.indexOf(`<TryIt id="${id}"`);
  if (start < 0) return '';
  const end = src.indexOf('</TryIt>', start);
  return end < 0 ? '' : src.slice(start, end);
}

/** The paragraph (text between blank lines) of a chapter that contains `needle`, or '' when none does. */
export function paragraphWith(src: string, needle: string): string {
  return body(src).split(/\n\s*\n/).find((p) => p.includes(needle)) ?? '';
}
