import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Island ids, which are also their HTML ids and URL-state prefixes (DESIGN.md). */
export const ISLAND_IDS = ['activations', 'product', 'components', 'remedies', 'exploding', 'train', 'precision', 'phase', 'recurrent', 'memory'] as const;
/** Chapter slugs, the same in both languages. */
export const CHAPTER_SLUGS = ['problem', 'solutions', 'final-note', 'further', 'references'] as const;

const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: z.object({
    title: z.string().min(1),
    order: z.number().int().min(1),
    summary: z.string().min(1),
    islands: z.array(z.enum(ISLAND_IDS)).default([]),
    beyondLecture: z.boolean().default(false),
  }),
});

export const collections = { chapters };
