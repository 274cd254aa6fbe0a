// What a page's head gives the world (issue 13, "links that preview well"): the canonical address, hreflang
// alternates (es, en, x-default), Open Graph and Twitter cards with the page's own title and summary, and a
// preview image that is a 1200 × 630 PNG served by the site. Addresses are expected at SITE_URL's origin (else
// the deploy's, src/lib/site-address.mjs) under the build's base; the image is fetched from the preview server
// at the same path.
import { expect, type Page } from '@playwright/test';
import { PUBLIC_ORIGIN } from '../../../src/lib/site-address.mjs';

/** The base path the site under test was built for, with one trailing slash. */
export function basePathUnderTest(baseURL: string | undefined): string {
  return new URL(baseURL ?? 'http://127.0.0.1/').pathname.replace(/\/?$/, '/');
}

/** The origin the build writes in absolute addresses. */
export const EXPECTED_ORIGIN = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : PUBLIC_ORIGIN;

/** The absolute address of `path` (relative to the base: `es/problem/`) as the build writes it. */
export function absoluteAddress(base: string, path: string): string {
  return `${EXPECTED_ORIGIN}${base}${path}`;
}

/** Width and height from a PNG's IHDR chunk; throws if `bytes` is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Checks the head of the loaded page `<lang>/<slug>/` (no slug: the language's home); `baseURL` is the test's. */
export async function expectPageHead(page: Page, baseURL: string | undefined, lang: 'es' | 'en', slug?: string): Promise<void> {
  const base = basePathUnderTest(baseURL);
  const rel = (l: string) => `${l}/${slug ? `${slug}/` : ''}`;
  const head = await page.evaluate(() => {
    const attr = (sel: string, a: string) => document.head.querySelector(sel)?.getAttribute(a) ?? null;
    const meta = (key: string) => attr(`meta[property="${key}"], meta[name="${key}"]`, 'content');
    return {
      title: document.title,
      description: meta('description'),
      canonical: [...document.head.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href')),
      alternates: Object.fromEntries([...document.head.querySelectorAll('link[rel="alternate"][hreflang]')]
        .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])),
      og: { title: meta('og:title'), description: meta('og:description'), url: meta('og:url'), image: meta('og:image'),
        width: meta('og:image:width'), height: meta('og:image:height') },
      twitter: { card: meta('twitter:card'), title: meta('twitter:title'), description: meta('twitter:description'), image: meta('twitter:image') },
    };
  });
  expect(head.canonical, 'one canonical link').toEqual([absoluteAddress(base, rel(lang))]);
  expect(head.alternates).toEqual({ es: absoluteAddress(base, rel('es')), en: absoluteAddress(base, rel('en')), 'x-default': absoluteAddress(base, rel('es')) });
  expect(head.og.url).toBe(head.canonical[0]);
  expect(head.description).toMatch(/\S/);
  for (const card of [head.og, head.twitter]) {
    expect(card.title).toBe(head.title);
    expect(card.description).toBe(head.description);
  }
  expect(head.twitter.card).toBe('summary_large_image');
  expect(head.twitter.image).toBe(head.og.image);
  expect([head.og.width, head.og.height]).toEqual(['1200', '630']);
  const image = new URL(head.og.image ?? '');
  expect(image.origin, 'the preview image is addressed at the site').toBe(EXPECTED_ORIGIN);
  expect(image.pathname.startsWith(`${base}${lang}/`), `${image.pathname} under ${base}${lang}/`).toBe(true);
  const res = await page.request.get(image.pathname);
  expect(res.status(), image.pathname).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^image\/png/);
  expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
}
