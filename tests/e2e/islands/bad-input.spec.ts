// Bad input, crawled: every page of the site (island chapters weighted 4:1), opened with BAD_INPUT_QUERIES
// (default 200) generated malformed queries that hit every island on the page at once (random strings, huge
// numbers, NaN, negative and fractional integers, unknown enum values, repeated keys, very long values, broken
// percent-encoding, garbage lock/hide/version lists, keys named like Object.prototype members); pages without
// islands get queries for islands they do not have. Each load must give the page (HTTP 200, its <h1>), no
// console error (the shared fixture), and in each island a valid chart: an svg[role=img] with a box and no NaN
// or Infinity in its geometry, and a notice saying what was wrong (every query carries, for each island it
// names, at least one entry no codec can take: a garbage lock or hide list, a bad version, an unknown key).
// Deterministic: one seeded generator. Queries run QUERIES_PER_TEST to a test, in one browser page (one
// test.step each, named by its query, so a failure says which): the first is a real page load, the others are
// set in place the way an exercise link sets them (pushState, then URL_STATE_EVENT, and every island reads the
// URL again), so the crawl costs one page load per test instead of one per query.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { LANGS, chapters, pagePath, type Lang } from '../helpers/site';
import { mulberry32 } from '../../../src/engine/random';
import { URL_STATE_EVENT } from '../../../src/islands/kit/url-event';

/** Queries in all, over every page (each carries bad values for every island of its page). */
const QUERIES = Number(process.env.BAD_INPUT_QUERIES ?? 200);
/** Loads per test (one page object, so the browser cache is warm after the first). */
const QUERIES_PER_TEST = 8;
/** How many times an island chapter comes up in the rotation for each time another page does. */
const ISLAND_PAGE_WEIGHT = 4;
/** Islands named in the queries of pages that have none (they must be ignored quietly). */
const FOREIGN_ISLANDS = ['product', 'train', 'nonexistent'];
/** Poll quickly: hydration and a redraw take tens of milliseconds, not the default 100–1000 ms steps. */
const POLL = { intervals: [25, 50, 100, 250] };
const SEED = 20231;
/** Kept under common server and static-host URL limits (8 KB): the site, not the host, is on trial here. */
const LONG_VALUE_CHARS = 1500;
/** Field keys tried for islands whose codec cannot be read (and as extra unknown keys). */
const GENERIC_KEYS = ['depth', 'activation', 'init', 'seed', 'sigmaW', 'sigmaB', 'width', 'lr', 'dataset', 'clip'];
const PROTO_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
const GEOMETRY_ATTRS = ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'transform', 'points'];

interface FieldInfo { key: string; kind: string; values?: readonly string[] }

/** Each island's fields, read from its codec (src/sims/<id>/state.ts exports one object with id and schema). */
async function islandFields(): Promise<Map<string, FieldInfo[]>> {
  const out = new Map<string, FieldInfo[]>();
  const sims = join(process.cwd(), 'src', 'sims');
  for (const id of readdirSync(sims, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const file = join(sims, id, 'state.ts');
    if (!existsSync(file)) continue; // a sims folder without URL state (shared helpers)
    // an import that fails is a broken codec, and fails the crawl here, by name (never a silent fallback)
    const mod = await import(file) as Record<string, unknown>;
    for (const v of Object.values(mod)) {
      const codec = v as { id?: string; schema?: Record<string, { kind: string; values?: readonly string[] }> };
      if (codec && typeof codec === 'object' && codec.id === id && codec.schema) {
        out.set(id, Object.entries(codec.schema).map(([key, f]) => ({ key, kind: f.kind, values: f.values })));
      }
    }
    if (!out.has(id)) throw new Error(`${file} exports no codec with id "${id}" and a schema`);
  }
  return out;
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~!$&\'()*+,;=:@/?[]{}<>"|\\^` ';
const UNICODE = ['é', 'ñ', '∂', '𝟘', '😀', '\u202e', '\u0301', '\u0000', '中', 'ß', '\ufeff'];

function randomText(r: Rand, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += r() < 0.8 ? ASCII[Math.floor(r() * ASCII.length)] : pick(r, UNICODE);
  return s;
}

/** One malformed raw value (already URL-encoded where it should be; some are broken on purpose). */
function badValue(r: Rand, category: number, f: FieldInfo): string {
  const enc = encodeURIComponent;
  switch (category % 12) {
    case 0: return enc(randomText(r, 1 + Math.floor(r() * 20)));
    case 1: return pick(r, ['1e308', '-1e308', '1e999', '9'.repeat(400), '1e-400', String(Number.MAX_SAFE_INTEGER * 8)]);
    case 2: return pick(r, ['NaN', 'Infinity', '-Infinity', 'undefined', 'null', 'true', '[]', '{}']);
    case 3: return pick(r, ['-1', '-40', '-0', '-999999', '0', '-1e-9']);
    case 4: return pick(r, ['3.7', '0x1F', '1_000', '%2012%20', '1,5', '2e1', '.5', '+7']);
    case 5: return f.values ? enc(pick(r, ['banana', 'SIGMOID', ' relu ', 'sigmoid\u0000', 'tanh;drop', `${f.values[0]}x`])) : 'banana';
    case 6: return enc('x'.repeat(LONG_VALUE_CHARS / 3)) + '9'.repeat(Math.floor(LONG_VALUE_CHARS / 3));
    case 7: return pick(r, ['%E0%A4%A', '%', '%%41', '%ZZ', '%C0%AF', '%00']);
    case 8: return enc(pick(r, ['<script>alert(1)</script>', '"><svg onload=1>', '../../etc/passwd', 'javascript:1']));
    case 9: return '';
    case 10: return enc(pick(r, [randomText(r, 3), pick(r, UNICODE).repeat(4)]));
    default: return enc(String(Math.floor(r() * 1e6) - 5e5) + randomText(r, 2));
  }
}

/** The malformed query for one load: bad values for every island of the page. */
function badQuery(r: Rand, n: number, islands: string[], fields: Map<string, FieldInfo[]>): string {
  const parts: string[] = [];
  for (const id of islands) {
    const fs = fields.get(id) ?? GENERIC_KEYS.map((key) => ({ key, kind: 'unknown' }));
    const count = 1 + Math.floor(r() * 3);
    for (let k = 0; k < count; k++) {
      const f = pick(r, fs);
      parts.push(`${id}.${f.key}=${badValue(r, n + k, f)}`);
      if (r() < 0.3) parts.push(`${id}.${f.key}=${badValue(r, n + k + 5, f)}`); // repeated key
    }
    if (n % 5 === 0) parts.push(`${id}.lock=${encodeURIComponent(`${pick(r, fs).key},banana,,${pick(r, PROTO_KEYS)}`)}`);
    if (n % 5 === 1) parts.push(`${id}.hide=*&${id}.hide=${pick(r, fs).key}`);
    if (n % 5 === 2) parts.push(`${id}.v=${pick(r, ['999', '-1', 'abc', '1.5'])}`);
    if (n % 5 === 3) parts.push(`${id}.${pick(r, PROTO_KEYS)}=1`);
    if (n % 5 === 4) parts.push(`${id}.=3&${id}..depth=4&${id}.${pick(r, GENERIC_KEYS)}`);
  }
  return parts.join('&');
}

/** Scroll a figure into view (client:visible), wait for its island to hydrate and its live SVG. */
async function checkIsland(page: Page, id: string): Promise<void> {
  const fig = page.locator(`figure#${id}`);
  await fig.scrollIntoViewIfNeeded();
  // The island element wraps the figure or sits inside it, depending on the island.
  await expect.poll(() => fig.evaluate((f) => {
    const island = f.closest('astro-island') ?? f.querySelector('astro-island');
    return island ? !island.hasAttribute('ssr') : true;
  }), { message: `#${id} hydrates`, ...POLL }).toBe(true);
  await expect(fig.locator('svg[role=img]').first()).toBeVisible();
  // Checked in one pass over the SVGs attached right now (the static SVG is replaced when the live one draws),
  // polled so a redraw in progress is not mistaken for a broken chart; a persistent fault fails.
  await expect.poll(() => fig.evaluate((f, attrs) => {
    const found: string[] = [];
    const svgs = [...f.querySelectorAll('svg[role=img]')];
    if (svgs.length === 0) found.push('no svg[role=img]');
    if (!svgs.some((s) => { const b = s.getBoundingClientRect(); return b.width > 0 && b.height > 0; })) found.push('no chart with a box');
    for (const root of svgs) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        for (const a of attrs) {
          const v = el.getAttribute(a);
          if (v && /NaN|Infinity/.test(v)) found.push(`<${el.tagName} ${a}="${v.slice(0, 60)}">`);
        }
      }
    }
    return found.slice(0, 5);
  }, GEOMETRY_ATTRS), { message: `a valid chart in #${id}`, ...POLL }).toEqual([]);
  await expect(fig.getByTestId('notice'), `#${id} says what in the link it could not use`).toBeVisible();
}

/** Sets the query in place as an exercise link does; resolves once the frame after the islands' re-read is painted. */
async function setQueryInPlace(page: Page, path: string, query: string): Promise<void> {
  await page.evaluate(([search, event]) => new Promise<void>((done) => {
    history.pushState(null, '', `${location.pathname}?${search}`);
    dispatchEvent(new Event(event));
    requestAnimationFrame(() => setTimeout(done, 0));
  }), [query, URL_STATE_EVENT] as const);
  expect(new URL(page.url()).pathname.endsWith(`/${path}`), `still on /${path}`).toBe(true);
}

interface Load { n: number; lang: Lang; slug: string | undefined; islands: string[]; query: string }

/** Every page once per round (island chapters ISLAND_PAGE_WEIGHT times), until QUERIES loads are planned. */
function plan(): Map<string, Load[]> {
  const fields = islandFieldsSync;
  const rand = mulberry32(SEED);
  const slots: { lang: Lang; slug: string | undefined; islands: string[] }[] = [];
  for (const lang of LANGS) {
    slots.push({ lang, slug: undefined, islands: [] });
    for (const c of chapters(lang)) {
      for (let w = 0; w < (c.islands.length > 0 ? ISLAND_PAGE_WEIGHT : 1); w++) slots.push({ lang, slug: c.slug, islands: c.islands });
    }
  }
  const byPage = new Map<string, Load[]>();
  for (let n = 0; n < QUERIES; n++) {
    const slot = slots[n % slots.length];
    const named = slot.islands.length > 0 ? slot.islands : FOREIGN_ISLANDS;
    const load = { n, ...slot, query: badQuery(rand, n, named, fields) };
    const key = pagePath(slot.lang, slot.slug);
    byPage.set(key, [...(byPage.get(key) ?? []), load]);
  }
  return byPage;
}

const islandFieldsSync = await islandFields();
const pages = plan();

test('the crawl covers every page and the planned number of queries', () => {
  const all = [...pages.values()].flat();
  expect(all).toHaveLength(QUERIES);
  const everyPage = LANGS.flatMap((lang) => [pagePath(lang), ...chapters(lang).map((c) => pagePath(lang, c.slug))]);
  if (QUERIES >= everyPage.length) expect([...pages.keys()].sort()).toEqual(everyPage.sort());
});

for (const [path, loads] of pages) {
  test.describe(`bad input on /${path}`, () => {
    for (let start = 0; start < loads.length; start += QUERIES_PER_TEST) {
      const chunk = loads.slice(start, start + QUERIES_PER_TEST);
      test(`queries #${chunk.map((l) => l.n).join(', #')}`, async ({ page }) => {
        // one page load and up to seven in place, each island scrolled to and checked: the further chapter's four
        // islands each compute (two in workers) at every query, so the bound grows with the islands
        test.setTimeout(60_000 + 10_000 * chunk.length * Math.max(1, chunk[0].islands.length));
        for (const [i, load] of chunk.entries()) {
          const label = load.query.length > 160 ? `${load.query.slice(0, 160)}…` : load.query;
          await test.step(`#${load.n}${i === 0 ? ' (page load)' : ' (in place)'}: ${label}`, async () => {
            if (i === 0) {
              const response = await page.goto(`${path}?${load.query}`);
              expect(response?.status(), `HTTP status of #${load.n}`).toBe(200);
            } else {
              await setQueryInPlace(page, path, load.query);
            }
            await expect(page.locator('main h1')).toHaveCount(1);
            for (const id of load.islands) await checkIsland(page, id);
          });
        }
      });
    }
  });
}
