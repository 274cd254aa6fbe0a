// The build step that moves Astro's island <style> from the body into the head (src/lib/island-styles.mjs).
import { describe, expect, it } from 'vitest';
import { islandStyleToHead } from '../../src/lib/island-styles.mjs';

const RULE = 'astro-island,astro-slot,astro-static-slot{display:contents}';
const STYLE = `<style>${RULE}</style>`;
const page = (head: string, body: string) => `<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;
const count = (s: string, sub: string) => s.split(sub).length - 1;

describe('islandStyleToHead', () => {
  it('moves the style written before the first island into the head, once, leaving the body without it', () => {
    const island = '<astro-island uid="a"><figure id="x"></figure></astro-island>';
    const html = page('', `<main><article><p>text</p>${STYLE}<script>island()</script>${island}</article></main>`);
    const out = islandStyleToHead(html);
    const [head, body] = out.split('</head>');
    expect(count(head, STYLE)).toBe(1);
    expect(body).not.toContain('<style');
    // Nothing else moves: the island script and the island stay where they were, in order.
    expect(body).toContain(`<p>text</p><script>island()</script>${island}</article>`);
  });

  it('keeps one copy when the style appears more than once, or is already in the head', () => {
    const twice = page('', `<article>${STYLE}<astro-island></astro-island>${STYLE}<astro-island></astro-island></article>`);
    expect(count(islandStyleToHead(twice), STYLE)).toBe(1);
    const inHead = page(STYLE, `<article>${STYLE}<astro-island></astro-island></article>`);
    const out = islandStyleToHead(inHead);
    expect(count(out, STYLE)).toBe(1);
    expect(out.indexOf(STYLE)).toBeLessThan(out.indexOf('</head>'));
  });

  it('leaves pages without islands, and other inline styles, as they are', () => {
    const plain = page('<style>body{margin:0}</style>', '<article><svg><style>.plot{fill:red}</style></svg></article>');
    expect(islandStyleToHead(plain)).toBe(plain);
  });

  it('is idempotent', () => {
    const html = page('', `<article>${STYLE}<astro-island></astro-island></article>`);
    const once = islandStyleToHead(html);
    expect(islandStyleToHead(once)).toBe(once);
  });
});
