// What the tests know about the site, read from its sources: languages, chapters and their titles,
// the display equations each chapter's MDX holds, the islands its frontmatter lists.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];
const CONTENT = join(process.cwd(), 'content');

export interface ChapterSource { lang: Lang; slug: string; title: string; order: number; islands: string[]; displayMath: number }

/** A frontmatter scalar (`key: "value"` or `key: value`). */
function field(front: string, key: string): string {
  const m = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(front);
  return m ? m[1].trim().replace(/^["']|["']$/g, '') : '';
}

/** Display-math blocks in MDX: a line that is just `$$` opens one, the next line ending in `$$` closes it
 *  (code fences skipped). `$$…$$` inside a paragraph is inline math and does not count. */
export function countDisplayMath(mdx: string): number {
  let count = 0;
  let inMath = false;
  let fence = '';
  for (const raw of mdx.split('\n')) {
    const line = raw.trim();
    if (!inMath && /^(```|~~~)/.test(line)) { fence = fence ? '' : line.slice(0, 3); continue; }
    if (fence) continue;
    if (!inMath && line.startsWith('$$') && !line.slice(2).includes('$$')) { count++; inMath = true; continue; }
    if (inMath && line.endsWith('$$')) inMath = false;
  }
  return count;
}

/** Every chapter of a language, by reading content/<lang>/*.mdx, in order. */
export function chapters(lang: Lang): ChapterSource[] {
  return readdirSync(join(CONTENT, lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(CONTENT, lang, f), 'utf8');
      const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      const body = text.slice(front.length);
      const islands = /^islands:\s*\[(.*)\]/m.exec(front)?.[1].split(',').map((s) => s.trim()).filter(Boolean) ?? [];
      return { lang, slug: f.replace(/\.mdx$/, ''), title: field(front, 'title'), order: Number(field(front, 'order')),
        islands, displayMath: countDisplayMath(body) };
    })
    .sort((a, b) => a.order - b.order);
}

/** Path of a page relative to the site's base URL (so tests also run under a sub-path). */
export function pagePath(lang: Lang, slug?: string): string {
  return `${lang}/${slug ? `${slug}/` : ''}`;
}
