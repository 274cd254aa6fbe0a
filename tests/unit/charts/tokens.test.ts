import { describe, expect, it } from 'vitest';
import { ACTIVATION_COLORS, activationColor, chartCssVars, layerColor } from '../../../src/charts/tokens';
import { ACTIVATION_NAMES } from '../../../src/engine';

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** The page backgrounds of src/styles/tokens.css. */
const BG = { light: '#ffffff', dark: '#16181c' };
/** WCAG 1.4.11: graphical objects need 3:1 against their background. */
const GRAPHIC_CONTRAST = 3;

describe('chart colour tokens', () => {
  it('give every engine activation a colour, distinct from the others', () => {
    expect(Object.keys(ACTIVATION_COLORS).sort()).toEqual([...ACTIVATION_NAMES].sort());
    const light = ACTIVATION_NAMES.map((n) => ACTIVATION_COLORS[n].light);
    expect(new Set(light).size).toBe(light.length);
  });

  it.each(ACTIVATION_NAMES)('%s reaches 3:1 against the page in both schemes', (name) => {
    expect(contrast(ACTIVATION_COLORS[name].light, BG.light)).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
    expect(contrast(ACTIVATION_COLORS[name].dark, BG.dark)).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
  });

  it('charts reference colours through CSS variables that the layout defines', () => {
    const css = chartCssVars();
    for (const name of ACTIVATION_NAMES) {
      const v = activationColor(name);
      expect(v).toMatch(/^var\(--c-act-[a-z-]+\)$/);
      expect(css).toContain(`${v.slice(4, -1)}:light-dark(`);
    }
  });

  it('layer colours run from the first hue to the last', () => {
    expect(layerColor(1, 10)).toContain('var(--c-layer-last) 0%');
    expect(layerColor(10, 10)).toContain('var(--c-layer-last) 100%');
    expect(layerColor(1, 1)).toContain('var(--c-layer-last) 0%');
  });
});
