// The exercises of the chapters as the teaching pages use them (handouts, the instructors' table): read from the
// chapters' MDX (lib/exercises.ts), with their chapter, their anchor on the chapter page and the link that opens
// their figure in the exercise's state (the same as the exercise's own button, components/mdx/try-it.ts).
import { getCollection, getEntry } from 'astro:content';
import { chapterParts, type ExerciseSource } from '../../lib/exercises';
import { tryItHref, type IslandId } from '../mdx/try-it';
import { numberAnchor } from '../mdx/numbering';
import { url, type Lang } from '../../i18n/paths';

/** An exercise with where it lives. */
export interface Exercise extends ExerciseSource {
  lang: Lang;
  chapter: string;
  chapterTitle: string;
  chapterOrder: number;
  /** the exercise on its chapter page: `/es/problem/#exercise-1-3` (under the base) */
  anchorHref: string;
  /** its figure in the exercise's state: `/es/problem/?product.depth=30#product` (under the base) */
  figureHref: string;
}

/** The exercises of one chapter, in reading order (none if the chapter has none or does not exist). */
export async function chapterExercises(lang: Lang, slug: string): Promise<Exercise[]> {
  const entry = await getEntry('chapters', `${lang}/${slug}`);
  if (!entry?.body) return [];
  return chapterParts(entry.body, entry.data.order).exercises.map((ex) => ({
    ...ex, lang, chapter: slug, chapterTitle: entry.data.title, chapterOrder: entry.data.order,
    anchorHref: url(lang, slug, numberAnchor('exercise', ex.number)),
    figureHref: tryItHref(lang, ex.island as IslandId, ex.state),
  }));
}

/** Every exercise of a language, chapter by chapter in reading order. */
export async function allExercises(lang: Lang): Promise<Exercise[]> {
  const entries = (await getCollection('chapters', (e) => e.id.startsWith(`${lang}/`))).sort((a, b) => a.data.order - b.data.order);
  const lists = await Promise.all(entries.map((e) => chapterExercises(lang, e.id.split('/').slice(1).join('/'))));
  return lists.flat();
}

/** The chapters of a language that have exercises (the handouts there are). */
export async function chaptersWithExercises(lang: Lang): Promise<string[]> {
  const all = await allExercises(lang);
  return [...new Set(all.map((e) => e.chapter))];
}
