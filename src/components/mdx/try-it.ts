// Links from a "try it" exercise into an island in a given state: `?<island>.<key>=<value>#<island>`
// (DESIGN.md, "URL state"), on the chapter that holds the island, under the site's base path.
import type { CHAPTER_SLUGS, ISLAND_IDS } from '../../content.config';
import { url, type Lang } from '../../i18n/paths';

export type IslandId = (typeof ISLAND_IDS)[number];
export type ChapterSlug = (typeof CHAPTER_SLUGS)[number];
export type TryItState = Record<string, string | number | boolean>;

/** The chapter each island is embedded in (a link from another chapter goes there). */
export const ISLAND_CHAPTER: Record<IslandId, ChapterSlug> = {
  activations: 'problem',
  product: 'problem',
  components: 'problem',
  remedies: 'solutions',
  train: 'solutions',
  exploding: 'final-note',
};

/** The query string of a state, keys prefixed by the island id, in the order given (booleans as 1/0). */
export function stateQuery(island: IslandId, state: TryItState): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    params.set(`${island}.${key}`, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return params.toString();
}

/** The link that opens `island` in `state`, in language `lang`, under `base` (default: the site's BASE_URL). */
export function tryItHref(lang: Lang, island: IslandId, state: TryItState, base?: string): string {
  const path = url(lang, ISLAND_CHAPTER[island], undefined, base);
  const query = stateQuery(island, state);
  return `${path}${query ? `?${query}` : ''}#${island}`;
}
