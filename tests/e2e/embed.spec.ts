// Embed and Present (issue 13), against the built site. An instructor's flow, end to end: the toolbar's Embed
// dialog gives the <iframe> snippet and the host script; a course page on another origin (a second local port,
// helpers/static-server.ts; a made-up public host answered by page.route could not frame a loopback address under
// Chromium's local network access checks) pastes them; every island, framed there,
// draws, honours the link's state, locks, hidden controls and theme, answers its control, and tells the host its
// height, which the pasted script applies. The fixture fails a test on any console error or any request outside
// the site. Present mode: fullscreen, text >= 24 px at 1920 × 1080, keys move the sliders, `n` walks, Esc leaves.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, hydrateIsland, type Page } from './helpers/fixtures';
import { serveFolder } from './helpers/static-server';
import { EMBED_WORDS } from '../../src/i18n/embed';
import { PRODUCT_I18N } from '../../src/i18n/product';
import { RESIZE_MESSAGE, iframeSnippet } from '../../src/islands/kit/embed-snippet';
import { shownText } from './helpers/shown-text';

type Msg = { type: string; island: string; height: number };

/** Serve a course page holding `body` (plus a recorder of the messages its frames post) on a port of its own. */
async function serveHost(body: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title></head><body>
<h1>Week 3: vanishing gradients</h1>${body}
<script>window.msgs = []; addEventListener('message', (e) => window.msgs.push(e.data));</script></body></html>`;
  const dir = mkdtempSync(join(tmpdir(), 'vg-course-'));
  writeFileSync(join(dir, 'index.html'), html);
  return serveFolder(() => dir);
}

/** The frame showing `id`, scrolled into view (the snippet's frames load lazily). */
async function frameOf(page: Page, id: string) {
  const iframe = page.locator(`iframe[src*="/embed/${id}/"]`);
  await iframe.scrollIntoViewIfNeeded();
  const f = iframe.contentFrame();
  await expect(f.locator('astro-island')).not.toHaveAttribute('ssr');
  await expect(f.locator(`#${id} .kit-chart svg`).first()).toBeVisible();
  return { iframe, f };
}

/** The island's chart as drawn now (to see it redraw). */
const chartOf = (f: ReturnType<Page['frameLocator']>, id: string) => f.locator(`#${id} .kit-chart`).first().innerHTML();

/** The last height `id`'s frame posted, once it posted one; and the message's shape checked. */
async function lastHeight(page: Page, id: string): Promise<number> {
  await expect.poll(() => page.evaluate((i) => (window as unknown as { msgs: Msg[] }).msgs.filter((m) => m.island === i).length, id)).toBeGreaterThan(0);
  const msgs = await page.evaluate((i) => (window as unknown as { msgs: Msg[] }).msgs.filter((m) => m.island === i), id);
  for (const m of msgs) {
    expect(Object.keys(m).sort()).toEqual(['height', 'island', 'type']);
    expect(m.type).toBe(RESIZE_MESSAGE);
    expect(m.height).toBeGreaterThan(200);
  }
  return msgs[msgs.length - 1].height;
}

/** The frame follows its island's height (the host script from the dialog applied the messages). */
async function expectSized(page: Page, id: string): Promise<void> {
  const { iframe, f } = await frameOf(page, id);
  await expect.poll(async () => {
    const posted = await lastHeight(page, id);
    const content = await f.locator('main').evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
    const style = await iframe.evaluate((el) => (el as HTMLIFrameElement).style.height);
    return posted === content && style === `${posted}px`;
  }, { message: `#${id}: frame height = posted height = the embed page's content` }).toBe(true);
}

test.describe('embed', () => {
  test('the Embed dialog’s snippet and script, pasted into a course page on another origin, frame the /problem/ islands', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 1280, height: 900 });
    const w = EMBED_WORDS.en;
    await page.goto('en/problem/?product.depth=30&product.lock=depth&product.hide=walk#product');
    await hydrateIsland(page, 'product');
    const frame = page.locator('.figure-frame:has(#product)');
    const embed = frame.getByRole('button', { name: 'Embed', exact: true });
    await embed.click();
    const dialog = page.getByRole('dialog', { name: w.dialogTitle });
    await expect(dialog).toBeVisible();
    const snippet = await dialog.getByLabel(w.snippetLabel).inputValue();
    const hostScript = await dialog.getByLabel(w.scriptLabel).inputValue();
    // the snippet: one titled, lazy, full-width iframe of the embed page in this state, tall enough for the figure
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(snippet)?.[1]?.replace(/&amp;/g, '&');
    const src = new URL(attr('src')!);
    expect(src.origin).toBe(new URL(baseURL!).origin);
    expect(src.pathname).toMatch(/\/en\/embed\/product\/$/);
    expect([src.searchParams.get('product.depth'), src.searchParams.get('product.lock'), src.searchParams.get('product.hide')]).toEqual(['30', 'depth', 'walk']);
    expect(attr('title')).toMatch(/product of derivatives/i);
    expect([attr('width'), attr('loading'), attr('allow')]).toEqual(['100%', 'lazy', 'fullscreen']);
    const figureHeight = await page.locator('#product').evaluate((el) => el.getBoundingClientRect().height);
    expect(Number(attr('height'))).toBeGreaterThan(figureHeight);
    // modal: Tab stays inside; the copy button puts the snippet on the clipboard; Esc closes and refocuses Embed
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await dialog.getByRole('button', { name: w.copy }).first().click();
    await expect(dialog.getByRole('status').first()).toHaveText(w.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(embed).toBeFocused();

    // the course page: the pasted snippet and script, and two more islands (one in Spanish, dark, in a state)
    const activations = `${baseURL}es/embed/activations/?activations.fn=tanh&theme=dark`;
    const components = `${baseURL}en/embed/components/?components.depth=12`;
    const host = await serveHost([snippet,
      iframeSnippet({ src: activations, title: 'activations', height: 600 }),
      iframeSnippet({ src: components, title: 'components', height: 700 }), hostScript].join('\n'));
    await page.goto(host.url);
    expect(new URL(host.url).origin).not.toBe(new URL(baseURL!).origin);

    // product: locked depth 30, no walk-through, responds to σ_w; its link to the book carries the new state
    const { f: product } = await frameOf(page, 'product');
    const t = PRODUCT_I18N.en;
    const depth = product.locator('label', { hasText: t.depth }).locator('input[type=range]');
    await expect(depth).toBeDisabled();
    await expect(depth).toHaveValue('30');
    await expect(product.locator('[data-walk="next"]')).toHaveCount(0);
    const before = await chartOf(product, 'product');
    await product.locator('label', { hasText: shownText(t.sigmaW) }).locator('input[type=range]').press('ArrowRight');
    await expect.poll(() => chartOf(product, 'product')).not.toBe(before);
    const open = product.getByRole('link', { name: w.openTextbook });
    // the island writes its query a moment after the input; the link follows it
    await expect.poll(async () => { await open.focus(); return new URL((await open.getAttribute('href'))!, baseURL).searchParams.get('product.sigmaW'); })
      .toMatch(/^\d/);
    const href = new URL((await open.getAttribute('href'))!, baseURL);
    expect(href.pathname).toMatch(/\/en\/problem\/$/);
    expect(href.hash).toBe('#product');
    expect(href.searchParams.get('product.sigmaW')).toMatch(/^\d/);
    expect(href.searchParams.get('product.lock')).toBe('depth');
    await expectSized(page, 'product');

    // activations: Spanish, dark whatever the reader's scheme, tanh from the link; presented, → moves its menu
    const { f: act } = await frameOf(page, 'activations');
    await expect(act.locator('html')).toHaveAttribute('lang', 'es');
    expect(await act.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(22, 24, 28)');
    await expect(act.locator('#activations select')).toHaveValue('tanh');
    const actBefore = await chartOf(act, 'activations');
    await act.getByRole('button', { name: 'Presentar', exact: true }).click();
    await expect(act.locator('.vg-present-keys')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(act.locator('#activations select')).not.toHaveValue('tanh');
    await expect.poll(() => chartOf(act, 'activations')).not.toBe(actBefore);
    await page.keyboard.press('Escape');
    await expect(act.locator('.vg-present-keys')).toHaveCount(0);
    await expectSized(page, 'activations');

    // components: depth 12 from the link, answers its depth slider
    const { f: comp } = await frameOf(page, 'components');
    const compDepth = comp.locator('#components input[type=range]').first();
    await expect(compDepth).toHaveValue('12');
    const compBefore = await chartOf(comp, 'components');
    await compDepth.press('ArrowRight');
    await expect.poll(() => chartOf(comp, 'components')).not.toBe(compBefore);
    await expectSized(page, 'components');
    await host.close();
  });

  test('a course page on another origin frames the islands of the other chapters; each is presented in its frame', async ({ page, baseURL }) => {
    test.setTimeout(170_000); // seven frames, each presented and moved in turn
    await page.setViewportSize({ width: 1024, height: 900 });
    const frames = ['remedies', 'train', 'exploding', 'precision', 'phase', 'recurrent', 'memory'].map((id) =>
      iframeSnippet({ src: `${baseURL}en/embed/${id}/`, title: id, height: 800 }));
    const host = await serveHost(frames.join('\n'));
    await page.goto(host.url);
    // each island presented inside its frame (allow="fullscreen"): ← moves its main control, the chart follows
    for (const [id, control] of [['remedies', 'input[id$="-depth"]'], ['exploding', 'input[id$="-sigma-w"]'], ['precision', 'input[id$="-scale"]'], ['phase', 'select'], ['recurrent', 'input[id$="-seq-len"]'], ['memory', 'input[id$="-seq-len"]'], ['train', 'input[type=range]']]) {
      const { f } = await frameOf(page, id);
      const c = f.locator(`#${id} ${control}`).first();
      const v0 = await c.inputValue();
      const before = await chartOf(f, id);
      await f.getByRole('button', { name: 'Present', exact: true }).click();
      await expect(f.locator('.vg-present-keys')).toBeVisible();
      // (the phase island's activation menu starts at its first option: → moves it)
      await page.keyboard.press(id === 'train' || id === 'phase' ? 'ArrowRight' : 'ArrowLeft');
      await expect(c, `#${id}: the arrow moved its main control`).not.toHaveValue(v0);
      if (id !== 'train') await expect.poll(() => chartOf(f, id), { message: `#${id} redraws` }).not.toBe(before);
      await page.keyboard.press('Escape');
      await expect(f.locator('.vg-present-keys')).toHaveCount(0);
      await lastHeight(page, id);
    }
    // train: its other main control is "train"; steps are counted as it trains
    const { f: train } = await frameOf(page, 'train');
    await train.getByTestId('train-play').click();
    await expect.poll(() => train.getByTestId('train-step-count').textContent().then((s) => Number(s)), { timeout: 20_000 }).toBeGreaterThan(0);
    await train.getByTestId('train-pause').click();
    await host.close();
  });
});

test('Present: the product figure fills the screen, text >= 24 px at 1920 × 1080 (scripts aside); arrows move σ_w and depth, n walks Δ back, Esc leaves', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('en/problem/#product');
  await hydrateIsland(page, 'product');
  const t = PRODUCT_I18N.en;
  const frame = page.locator('.figure-frame:has(#product)');
  await frame.getByRole('button', { name: 'Present', exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('figure-frame') ?? false)).toBe(true);
  await expect(frame.locator('.vg-present-keys')).toBeVisible();
  // every text on screen, chart included, at least 24 px (font size × the frame's zoom)
  await expect.poll(() => frame.evaluate((root) => {
    let min = Infinity;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent?.trim() || el.closest('.katex-mathml, .visually-hidden')) continue;
      // a superscript or subscript (an exponent, a layer index) is smaller than its line by design
      const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      if (/^(sub|sup|tspan)$/i.test(el.tagName) && el.parentElement && size(el) < size(el.parentElement)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.bottom < 0 || r.top > innerHeight) continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * ((el as unknown as { currentCSSZoom?: number }).currentCSSZoom ?? 1);
      min = Math.min(min, px);
    }
    return min;
  }), { message: 'smallest text on screen, px' }).toBeGreaterThanOrEqual(24);

  const sigmaW = frame.locator('label', { hasText: shownText(t.sigmaW) }).locator('input[type=range]');
  const depth = frame.locator('label', { hasText: t.depth }).locator('input[type=range]');
  const layer = frame.locator('label', { hasText: t.layer }).locator('input[type=range]');
  await page.locator('body').focus();
  const w0 = Number(await sigmaW.inputValue());
  const step = Number(await sigmaW.getAttribute('step'));
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => Number(await sigmaW.inputValue())).toBeCloseTo(w0 + step, 6);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => Number(await sigmaW.inputValue())).toBeCloseTo(w0 - step, 6);
  const d0 = Number(await depth.inputValue());
  await page.keyboard.press('ArrowUp');
  await expect(depth).toHaveValue(String(d0 + 1));
  // n: the walk-through starts at the last layer, then steps one layer towards the input
  await page.keyboard.press('n');
  await expect(layer).toHaveValue(String(d0 + 1));
  await page.keyboard.press('n');
  await expect(layer).toHaveValue(String(d0));
  await expect(page).toHaveURL(/product\.layer=/);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  await expect(frame.locator('.vg-present-keys')).toHaveCount(0);
  // out of present mode the arrows are the page's again
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => Number(await sigmaW.inputValue())).toBeCloseTo(w0 - step, 6);
});
