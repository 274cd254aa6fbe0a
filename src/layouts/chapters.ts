// The chapters of one language, in reading order, as the shell's navigation needs them.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/paths';

/** One chapter as the navigation sees it. */
export interface ChapterLink { slug: string; title: string; summary: string; order: number; beyondLecture: boolean }

/** Chapter slug from a collection entry id (`es/problem` → `problem`). */
export function slugOf(entry: CollectionEntry<'chapters'>): string {
  return entry.id.split('/').slice(1).join('/');
}

/** The chapters of `lang`, sorted by their `order`. */
export async function chaptersOf(lang: Lang): Promise<ChapterLink[]> {
  const entries = await getCollection('chapters', (e) => e.id.startsWith(`${lang}/`));
  return entries
    .map((e) => ({ slug: slugOf(e), title: e.data.title, summary: e.data.summary, order: e.data.order,
      beyondLecture: e.data.beyondLecture }))
    .sort((a, b) => a.order - b.order);
}
