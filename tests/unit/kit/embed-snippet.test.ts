// The Embed dialog's pure part (issue 13): the embed page's address for a figure link, the frame's height, the
// <iframe> snippet, the resize message and the host's six-line script.
import { describe, expect, it } from 'vitest';
import { Script } from 'node:vm';
import {
  EMBED_CHROME_PX, HOST_SCRIPT, RESIZE_MESSAGE, embedUrl, frameHeight, iframeSnippet, isResizeMessage, resizeMessage,
} from '../../../src/islands/kit/embed-snippet';

describe('embedUrl', () => {
  it('turns a chapter link into the island’s embed page, keeping state, locks and hidden controls, dropping the hash', () => {
    const link = 'https://example.org/es/problem/?product.depth=40&product.lock=depth,seed&product.hide=walk#product';
    const u = new URL(embedUrl(link, 'product'));
    expect(u.origin + u.pathname).toBe('https://example.org/es/embed/product/');
    expect(u.hash).toBe('');
    expect(u.searchParams.get('product.depth')).toBe('40');
    expect(u.searchParams.get('product.lock')).toBe('depth,seed');
    expect(u.searchParams.get('product.hide')).toBe('walk');
  });
  it('keeps the base path of a sub-path deploy and the language', () => {
    expect(embedUrl('http://127.0.0.1:4321/vanishing-gradient/en/final-note/#exploding', 'exploding'))
      .toBe('http://127.0.0.1:4321/vanishing-gradient/en/embed/exploding/');
  });
  it('leaves a link that is already an embed page where it is (the dialog opened inside a frame)', () => {
    const link = 'https://example.org/en/embed/remedies/?remedies.depth=12#remedies';
    expect(embedUrl(link, 'remedies')).toBe('https://example.org/en/embed/remedies/?remedies.depth=12');
  });
  it('refuses a link that is no chapter or embed page', () => {
    expect(() => embedUrl('https://example.org/about', 'product')).toThrow(/not a link/);
  });
});

describe('frameHeight', () => {
  it('adds the embed page’s chrome to the figure and rounds up to tens', () => {
    const h = frameHeight(613);
    expect(h % 10).toBe(0);
    expect(h).toBeGreaterThanOrEqual(613 + EMBED_CHROME_PX);
    expect(h - (613 + EMBED_CHROME_PX)).toBeLessThan(10);
  });
  it('never gives a frame too low to show a figure, even for a figure not laid out (0 px)', () => {
    expect(frameHeight(0)).toBeGreaterThanOrEqual(300);
    expect(frameHeight(0)).toBe(frameHeight(1));
  });
});

describe('iframeSnippet', () => {
  const html = iframeSnippet({ src: 'https://example.org/es/embed/product/?product.depth=40&product.lock=depth', title: 'El "producto" <4>', height: 700 });
  it('is one iframe with a title, lazy loading, full width, the height and fullscreen allowed', () => {
    expect(html).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(html).toContain(' width="100%"');
    expect(html).toContain(' height="700"');
    expect(html).toContain(' loading="lazy"');
    expect(html).toContain(' allow="fullscreen"');
  });
  it('escapes its attributes, so the address and title read back exactly', () => {
    expect(html).toContain('&amp;product.lock=depth');
    expect(html).not.toMatch(/title="El "/);
    const attr = (name: string) => /\s([\w-]+)="([^"]*)"/g;
    const attrs = Object.fromEntries([...html.matchAll(attr('x'))].map((m) => [m[1], m[2]
      .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')]));
    expect(attrs.src).toBe('https://example.org/es/embed/product/?product.depth=40&product.lock=depth');
    expect(attrs.title).toBe('El "producto" <4>');
  });
});

describe('the resize message and the host script', () => {
  it('a message is recognised by its type, island and a positive height; anything else is not', () => {
    const m = resizeMessage('train', 811.2);
    expect(m).toEqual({ type: RESIZE_MESSAGE, island: 'train', height: 812 });
    expect(isResizeMessage(m)).toBe(true);
    for (const bad of [null, 'x', { ...m, type: 'other' }, { ...m, height: Number.NaN }, { ...m, height: 0 }, { type: RESIZE_MESSAGE }]) {
      expect(isResizeMessage(bad)).toBe(false);
    }
  });
  it('the host script is six lines of valid JavaScript that sizes only the frame the message came from', () => {
    expect(HOST_SCRIPT.split('\n')).toHaveLength(6);
    const body = HOST_SCRIPT.replace(/^<script>\n/, '').replace(/\n<\/script>$/, '');
    let listener: ((e: unknown) => void) | undefined;
    const frames = [{ contentWindow: 'A', style: { height: '' } }, { contentWindow: 'B', style: { height: '' } }];
    new Script(body).runInNewContext({
      addEventListener: (type: string, f: (e: unknown) => void) => { if (type === 'message') listener = f; },
      document: { querySelectorAll: (s: string) => (s === 'iframe' ? frames : []) },
    });
    listener!({ data: resizeMessage('product', 640), source: 'B' });
    listener!({ data: { type: 'something-else', height: 5 }, source: 'A' });
    expect(frames.map((f) => f.style.height)).toEqual(['', '640px']);
  });
});
