// Build time: an exercise's question and answer (Markdown from the chapter's MDX, lib/exercises.ts) as HTML,
// with the chapters' own math (remark-math, KaTeX at build time) and each `<Cite k="…" />` written as its short
// reference in parentheses, "(Glorot & Bengio, 2010)", since a handout has no reference list to link to.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { bibEntry } from '../components/mdx/bibliography';

/** `<Cite k="key" />` and `<Cite k="key" at="…" />` in Markdown source, as plain text "(short, at)". */
export function citesAsText(markdown: string): string {
  return markdown.replace(/<Cite\s+([^>]*?)\/>/g, (_, attrs: string) => {
    const k = /\bk="([^"]+)"/.exec(attrs)?.[1];
    if (!k) throw new Error(`a <Cite> without a key: <Cite ${attrs}/>`);
    const at = /\bat="([^"]+)"/.exec(attrs)?.[1];
    return `(${bibEntry(k).short}${at ? `, ${at}` : ''})`;
  });
}

let processor: ReturnType<typeof createMarkdownProcessor> | null = null;

/** HTML of a piece of an exercise (question or answer). */
export async function exerciseHtml(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({
    remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, { strict: false }]], syntaxHighlight: false,
  });
  const { code } = await (await processor).render(citesAsText(markdown));
  return code;
}
