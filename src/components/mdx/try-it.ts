// Links from a "try it" exercise into an island in a given state: `?<island>.<key>=<value>#<island>`
// (DESIGN.md, "URL state"), on the chapter that holds the island, under the site's base path.
import type { CHAPTER_SLUGS, ISLAND_IDS } from '../../content.config';
import { url, type Lang } from '../../i18n/paths';

/** The event UrlState reads the URL again on (islands/kit/url-event.ts's URL_STATE_EVENT; a test keeps them equal).
 *  A literal here, so TryIt's page script shares no chunk with the islands: Astro inlines it, and a chapter loads
 *  no script file before an island is in view (the budget of issue 6). */
export const TRY_IT_URL_EVENT = 'vg:url-state';

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
  precision: 'further',
  phase: 'further',
  recurrent: 'further',
  memory: 'further',
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

/**
 * The query an exercise link leads to when it is opened in place (TryIt.astro's script): `current` with the
 * island's values replaced by the link's, keeping other islands' keys and every lesson setting (`<id>.lock`,
 * `<id>.hide`, `lesson.…`); a field the lesson link locked or hid keeps its current value. Returns '' or '?…'.
 */
export function tryItSearch(current: string, link: string, island: string): string {
  const cur = new URLSearchParams(current);
  const next = new URLSearchParams(link);
  const prefix = `${island}.`;
  const list = (k: string) => cur.getAll(`${prefix}${k}`).join(',').split(',').map((s) => s.trim()).filter(Boolean);
  const frozen = new Set([...list('lock'), ...list('hide')]);
  const lessonKey = (k: string) => k === `${prefix}lock` || k === `${prefix}hide`;
  const out: [string, string][] = [];
  for (const [k, v] of cur) {
    const own = k.startsWith(prefix);
    if (!own || lessonKey(k) || frozen.has(k.slice(prefix.length))) out.push([k, v]);
  }
  for (const [k, v] of next) {
    if (k.startsWith(prefix) && !lessonKey(k) && !frozen.has(k.slice(prefix.length))) out.push([k, v]);
  }
  const text = out.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&');
  return text ? `?${text}` : '';
}
