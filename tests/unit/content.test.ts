// The chapters in both languages: same sections and anchors, same equations, same exercises, valid citations.
import { describe, expect, it } from 'vitest';
import { tryItEntry, tryItLabel } from '../../src/i18n/try-it';
import { BIBLIOGRAPHY, isBibKey } from '../../src/components/mdx/bibliography';
import {
  LANGS, SLUGS, chapterExists, citeKeys, displayEquations, exercises, figures, frontmatter, headings,
  readChapter, referenceGroups, referenceKeys, tags,
} from './content-parse';

/** The URL keys each island accepts (docs/site-contract.md, issue 5) and the values of its enumerations. */
const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'elu', 'gelu', 'softplus', 'silu', 'linear'];
const INITS = ['normal', 'uniform', 'xavier-normal', 'xavier-uniform', 'he-normal', 'he-uniform', 'lecun-normal', 'orthogonal', 'standard'];
const NUM = 'number';
const BIT = ['0', '1'];
const ISLAND_KEYS: Record<string, Record<string, readonly string[] | typeof NUM>> = {
  activations: { fn: ACTIVATIONS },
  product: { depth: NUM, activation: ACTIVATIONS, init: INITS, sigmaW: NUM, sigmaB: NUM, seed: NUM, goal: ['none', 'float32-zero'] },
  components: { depth: NUM, activation: ACTIVATIONS, init: INITS, seed: NUM },
  remedies: { depth: NUM, relu: BIT, batchNorm: BIT, residual: ['none', 'identity', 'trainable'], skipInit: ['identity', 'random'], seed: NUM },
  exploding: { depth: NUM, activation: ACTIVATIONS, sigmaW: NUM, init: INITS, clip: NUM, seed: NUM },
  recurrent: { seqLen: NUM, cell: ['rnn', 'lstm', 'gru'], hidden: NUM, init: ['uniform', 'orthogonal'], scale: NUM, forgetBias: NUM, seed: NUM },
  memory: { seqLen: NUM, seed: NUM },
  phase: { activation: ACTIVATIONS, view: ['theory', 'measured', 'residual'], depth: NUM, seed: NUM, col: NUM, row: NUM },
  precision: { depth: NUM, activation: ACTIVATIONS, sigmaW: NUM, init: INITS, format: ['float64', 'float32', 'bfloat16', 'float16'], scale: NUM, seed: NUM },
  train: {
    dataset: ['spirals', 'circles', 'xor', 'moons'], depth: NUM, activation: ACTIVATIONS, batchNorm: BIT,
    residual: ['none', 'identity', 'trainable'], optimizer: ['sgd', 'momentum', 'adam'], lr: NUM, seed: NUM,
  },
};

/** The islands' own URL codecs, where they have landed (src/sims/<id>/state.ts): an exercise must decode cleanly. */
interface CodecLike { id: string; decode(q: string): { notices: unknown[] } }
const modules = import.meta.glob<Record<string, unknown>>('../../src/sims/*/state.ts', { eager: true });
const codecs = new Map<string, CodecLike>();
for (const mod of Object.values(modules)) {
  for (const value of Object.values(mod)) {
    const c = value as Partial<CodecLike> | null;
    if (c && typeof c === 'object' && typeof c.id === 'string' && typeof c.decode === 'function') codecs.set(c.id, c as CodecLike);
  }
}

/** Equation tags each chapter must carry (the lecture's numbering: (4) and (5) are the same formula). */
const EXPECTED_TAGS: Record<string, number[]> = {
  problem: [1, 2, 3, 4], solutions: [], 'final-note': [5], further: [], references: [],
};

describe.each(SLUGS)('chapter %s', (slug) => {
  it('exists in both languages', () => {
    for (const lang of LANGS) expect(chapterExists(lang, slug), `content/${lang}/${slug}.mdx`).toBe(true);
  });

  const es = readChapter('es', slug);
  const en = readChapter('en', slug);

  it('gives every ## and ### heading an explicit anchor, unique in the page', () => {
    for (const src of [es, en]) {
      const hs = headings(src);
      expect(hs.length).toBeGreaterThan(0);
      for (const h of hs) expect(h.anchor, `heading "${h.text}" needs [#anchor]`).not.toBeNull();
      const anchors = hs.map((h) => h.anchor);
      expect(new Set(anchors).size).toBe(anchors.length);
    }
  });

  it('has the same headings, levels and anchors in the same order in both languages', () => {
    const shape = (src: string) => headings(src).map((h) => `${h.depth}:${h.anchor}`);
    expect(shape(en)).toEqual(shape(es));
  });

  it('has the same display equations in both languages, and the lecture tags', () => {
    expect(displayEquations(en).length).toBe(displayEquations(es).length);
    // Words inside \text{…} are translated; the mathematics must be identical.
    const math = (src: string) => displayEquations(src).map((e) => e.replace(/\\text\{[^}]*\}/g, '\\text{}').trim());
    expect(math(en)).toEqual(math(es));
    for (const src of [es, en]) expect(tags(src)).toEqual(EXPECTED_TAGS[slug]);
  });

  it('cites only keys of the bibliography, and lists every cited work in its references', () => {
    for (const src of [es, en]) {
      const listed = new Set([
        ...referenceKeys(src),
        ...referenceGroups(src).flatMap((g) => Object.entries(BIBLIOGRAPHY).filter(([, e]) => e.group === g).map(([k]) => k)),
      ]);
      for (const k of [...citeKeys(src), ...referenceKeys(src)]) expect(isBibKey(k), `unknown key ${k}`).toBe(true);
      for (const k of citeKeys(src)) expect(listed.has(k), `cited ${k} is missing from the References list`).toBe(true);
    }
    expect(new Set(citeKeys(en))).toEqual(new Set(citeKeys(es)));
    expect(referenceKeys(en)).toEqual(referenceKeys(es));
  });

  it('has the same exercises in both languages, each with an answer', () => {
    expect(exercises(en)).toEqual(exercises(es));
    for (const src of [es, en]) {
      const opened = (src.match(/<TryIt\s/g) ?? []).length;
      expect(exercises(src).length).toBe(opened);
      expect((src.match(/slot="answer"/g) ?? []).length).toBe(opened);
    }
  });

  it('names every exercise state in the reader\'s language (the chip beside the link), never by its URL key', () => {
    for (const lang of LANGS) {
      for (const ex of exercises(lang === 'es' ? es : en)) {
        for (const [key, value] of Object.entries(ex.state)) {
          const entry = tryItEntry(lang, key, value as string | number | boolean);
          expect(entry, `${lang} ${ex.id}: no words for ${key} = ${String(value)} in src/i18n/try-it.ts`).not.toBeNull();
        }
      }
    }
    // the Spanish chip of an exercise uses Spanish words
    const spanish = tryItLabel('es', { depth: 30, activation: 'sigmoid', relu: 1 });
    expect(spanish).toBe('profundidad = 30, activación = sigmoide, ReLU = sí');
    expect(tryItLabel('en', { depth: 30, activation: 'sigmoid', relu: 1 })).toBe('depth = 30, activation = sigmoid, ReLU = on');
  });

  it('links every exercise to a known island with keys and values that island accepts', () => {
    for (const ex of exercises(es)) {
      const keys = ISLAND_KEYS[ex.island];
      expect(keys, `unknown island ${ex.island}`).toBeDefined();
      expect(ex.id).toMatch(/^try-[a-z0-9-]+$/);
      for (const [key, value] of Object.entries(ex.state)) {
        const allowed = keys[key];
        expect(allowed, `${ex.island} has no key ${key}`).toBeDefined();
        if (allowed === NUM) expect(Number.isFinite(Number(value)), `${ex.island}.${key}=${String(value)}`).toBe(true);
        else expect(allowed).toContain(typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
      }
      const codec = codecs.get(ex.island);
      if (codec) {
        const query = Object.entries(ex.state).map(([k, v]) => `${ex.island}.${k}=${typeof v === 'boolean' ? Number(v) : String(v)}`).join('&');
        expect(codec.decode(query).notices, `${ex.id}: ${query}`).toEqual([]);
      }
    }
  });

  it('has a valid frontmatter, the same in structure in both languages', () => {
    const fes = frontmatter(es), fen = frontmatter(en);
    for (const f of [fes, fen]) {
      expect(f.title.length).toBeGreaterThan(0);
      expect(f.summary.length).toBeGreaterThan(20);
      expect(f.summary.length).toBeLessThanOrEqual(160);
    }
    expect(fen.order).toBe(fes.order);
    expect(fen.islands).toBe(fes.islands);
    expect(fen.beyondLecture ?? 'false').toBe(fes.beyondLecture ?? 'false');
  });

  it('embeds exactly the islands its frontmatter lists', () => {
    for (const src of [es, en]) {
      const listed = (frontmatter(src).islands ?? '[]').replace(/[[\]\s]/g, '').split(',').filter(Boolean);
      expect([...new Set(figures(src))].sort()).toEqual([...listed].sort());
    }
  });
});

describe('the whole book', () => {
  it('offers two or three exercises in each of the lecture chapters, and two to eight in the further chapter (its islands add theirs)', () => {
    for (const slug of ['problem', 'solutions', 'final-note', 'further'] as const) {
      const n = exercises(readChapter('es', slug)).length;
      expect(n, slug).toBeGreaterThanOrEqual(2);
      expect(n, slug).toBeLessThanOrEqual(slug === 'further' ? 8 : 3);
    }
  });

  it('uses exercise ids once across the book (they are anchors an instructor may share)', () => {
    const ids = SLUGS.flatMap((s) => exercises(readChapter('es', s)).map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks the further chapter as beyond the lecture, in both languages', () => {
    for (const lang of LANGS) {
      const src = readChapter(lang, 'further');
      expect(frontmatter(src).beyondLecture).toBe('true');
      expect(src).toContain('<BeyondLecture');
    }
  });
});
