import { describe, expect, it } from 'vitest';
import { activationsChart, peakLabel, STACK_BELOW } from '../../../src/charts/activations';
import { renderStatic, serverDocument } from '../../../src/charts/render-static';
import { activationsModel } from '../../../src/sims/activations/model';
import { activationColor } from '../../../src/charts/tokens';

const draw = (name: Parameters<typeof activationsModel>[0], width = 720) =>
  activationsChart(activationsModel(name), { width, document: serverDocument(), label: 'test label' });
const curves = (svg: Element) => [...svg.querySelectorAll('g[aria-label="line"] path')].map((p) => p.getAttribute('d'));

describe('activationsChart', () => {
  it('is one accessible image: role, label, and every labelled <g> hidden (STACK.md trap 4)', () => {
    const svg = draw('sigmoid');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('test label');
    const labelled = [...svg.querySelectorAll('[aria-label]')];
    expect(labelled.length).toBeGreaterThan(0);
    for (const el of labelled) expect(el.getAttribute('aria-hidden')).toBe('true');
  });

  it('draws g and g′ as two curves in the activation’s colour', () => {
    const svg = draw('tanh');
    const lines = [...svg.querySelectorAll('g[aria-label="line"]')];
    expect(lines).toHaveLength(2);
    for (const g of lines) expect(g.getAttribute('stroke')).toBe(activationColor('tanh'));
  });

  it('shades one rectangle per near-zero region, in each panel', () => {
    const m = activationsModel('sigmoid');
    const svg = activationsChart(m, { width: 720, document: serverDocument() });
    expect(svg.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(2 * m.flat.length);
    const none = activationsChart(activationsModel('linear'), { width: 720, document: serverDocument() });
    expect(none.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(0);
  });

  it('labels the peak of g′: max for the sigmoid (1/4), sup for softplus', () => {
    const text = (svg: Element) => [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(text(draw('sigmoid'))).toContain('max g′ = 0.25');
    expect(peakLabel(activationsModel('softplus'))).toBe('sup g′ = 1');
    expect(text(draw('softplus'))).toContain('sup g′ = 1');
  });

  it('different activations give different curves', () => {
    expect(curves(draw('sigmoid'))).not.toEqual(curves(draw('tanh')));
  });

  it('panels sit side by side when wide and stack when narrow', () => {
    const wide = draw('sigmoid', 800);
    const narrow = draw('sigmoid', STACK_BELOW - 1);
    const wideH = Number(wide.getAttribute('height'));
    expect(Number(narrow.getAttribute('height'))).toBeGreaterThan(wideH);
    expect(narrow.getAttribute('viewBox')).toBe(`0 0 ${STACK_BELOW - 1} ${narrow.getAttribute('height')}`);
  });

  it('renders to static SVG markup at build time with linkedom', () => {
    const html = renderStatic(activationsChart, activationsModel('relu'), { width: 640, label: 'ReLU' });
    expect(html.startsWith('<svg')).toBe(true);
    expect(html).toContain('viewBox="0 0 640');
    expect(html).toContain('role="img"');
    expect(html).toContain('max g′ = 1');
  });
});
